using System.Net;
using LlmTutorBot.Core.Doctor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat.Hosting;

/// <summary>
/// The web chat's exposure: who can reach the chat page and Direct Line, read from the addresses the web host listens
/// on (urls, http_ports, Kestrel:Endpoints; the bot's default is http://localhost:3978). It has no secret of its own.
/// </summary>
public sealed class WebChatDoctorCheck(IOptions<WebChatOptions> options, IConfiguration configuration) : IDoctorCheck
{
    private const string Check = "Web chat";

    /// <summary>Where the bot listens when nothing says otherwise (Program.cs).</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public int Order => 50;

    public Task<IReadOnlyList<DoctorFinding>> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult<IReadOnlyList<DoctorFinding>>([DoctorFinding.NotConfigured(Check, "WebChat:Enabled is false: \"/\" is a plain page")]);
        }

        var addresses = ListenAddresses();
        var open = addresses.Where(a => !IsLoopback(a)).ToList();
        DoctorFinding finding = open.Count == 0
            ? DoctorFinding.Pass(Check, $"the chat page and Direct Line at {string.Join(", ", addresses)} are open to this machine only")
            : DoctorFinding.Info(
                Check,
                $"the chat page and Direct Line at {string.Join(", ", open)} are open to anyone who reaches them, with no secret (per-address rate limits apply); put an authenticating proxy in front, listen on localhost, or set WebChat:Enabled=false if that is not meant");
        return Task.FromResult<IReadOnlyList<DoctorFinding>>([finding]);
    }

    private List<string> ListenAddresses()
    {
        List<string> addresses = [];
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            addresses.AddRange(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            if (configuration[key] is { Length: > 0 } ports)
            {
                // Ports alone mean every interface.
                addresses.AddRange(ports.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{scheme}://*:{p}"));
            }
        }

        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return addresses.Count > 0 ? addresses : [DefaultUrl];
    }

    private static bool IsLoopback(string address)
    {
        var host = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        host = host.Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']', StringComparison.Ordinal)] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }
}
