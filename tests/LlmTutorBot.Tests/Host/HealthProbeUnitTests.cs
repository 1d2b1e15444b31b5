using System.Net;
using LlmTutorBot.Cli;

namespace LlmTutorBot.Tests.Host;

/// <summary>The "health" command the container's HEALTHCHECK runs, against a stub HTTP handler.</summary>
public sealed class HealthProbeUnitTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, 0)]
    [InlineData(HttpStatusCode.NoContent, 0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 1)]
    [InlineData(HttpStatusCode.InternalServerError, 1)]
    public async Task The_exit_code_says_whether_the_bot_answered_2xx(HttpStatusCode status, int expected)
    {
        using var handler = new Answering(_ => new HttpResponseMessage(status));

        var exit = await HealthProbe.RunAsync(["--url", "http://127.0.0.1:8080/healthz"], new StringWriter(), new StringWriter(), handler);

        Assert.Equal(expected, exit);
        Assert.Equal(new Uri("http://127.0.0.1:8080/healthz"), Assert.Single(handler.Asked));
    }

    [Fact]
    public async Task A_bot_that_does_not_answer_is_unhealthy_and_the_reason_is_printed()
    {
        using var handler = new Answering(_ => throw new HttpRequestException("Connection refused"));
        var error = new StringWriter();

        var exit = await HealthProbe.RunAsync(["--url", "http://127.0.0.1:8080/healthz", "--timeout", "2"], new StringWriter(), error, handler);

        Assert.Equal(1, exit);
        Assert.Contains("did not answer (Connection refused)", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url", "not a url")]
    [InlineData("--url", "ftp://127.0.0.1/healthz")]
    [InlineData("--timeout", "0")]
    [InlineData("--verbose", "yes")]
    public async Task Bad_arguments_exit_2_with_the_usage(string option, string value)
    {
        using var handler = new Answering(_ => new HttpResponseMessage(HttpStatusCode.OK));
        var error = new StringWriter();

        var exit = await HealthProbe.RunAsync([option, value], new StringWriter(), error, handler);

        Assert.Equal(2, exit);
        Assert.Contains(HealthProbe.Usage, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(handler.Asked);
    }

    [Fact]
    public void The_cli_takes_the_health_verb_and_lists_it_in_its_usage()
    {
        Assert.True(CliApplication.Handles(["health"]));
        Assert.Contains(HealthProbe.Usage, CliApplication.Usage, StringComparison.Ordinal);
    }

    private sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<Uri?> Asked { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked.Add(request.RequestUri);
            return Task.FromResult(answer(request));
        }
    }
}
