using LlmTutorBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace LlmTutorBot.Tests.Host;

/// <summary>The host's default address gives way to the operator's, including the container images' ASPNETCORE_HTTP_PORTS.</summary>
public sealed class DefaultUrlUnitTests
{
    [Fact]
    public void With_nothing_configured_the_bot_listens_on_its_default_url()
    {
        var builder = WebApplication.CreateBuilder();

        builder.UseDefaultUrl("http://localhost:3978");

        Assert.Equal("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Theory]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("urls", "http://+:5000")]
    public void A_port_or_address_set_by_the_operator_is_kept(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[key] = value;

        builder.UseDefaultUrl("http://localhost:3978");

        Assert.NotEqual("http://localhost:3978", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}
