using System.Reflection;
using LlmTutorBot.YouTube.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Hosting;

/// <summary>
/// Checks YouTube:Clients at start-up, naming the failing setting ("YouTube:Clients:2:Version is required…"): an
/// empty list, a field no client has (a typo would silently be ignored by the binder), a client without name, id,
/// version or user agent, a list where every client needs a PO token; and a YouTube:Proxy that is not a URL.
/// </summary>
public sealed class YouTubeClientsValidator(IConfiguration configuration) : IValidateOptions<YouTubeOptions>
{
    private const string Section = YouTubeOptions.SectionName + ":" + nameof(YouTubeOptions.Clients);

    private static readonly HashSet<string> Fields = typeof(InnerTubeClientProfile)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, YouTubeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var configured = configuration.GetSection(YouTubeOptions.SectionName).GetChildren()
            .Any(c => c.Key.Equals(nameof(YouTubeOptions.Clients), StringComparison.OrdinalIgnoreCase));
        var entries = configuration.GetSection(Section).GetChildren().ToList();
        if (configured && entries.Count == 0)
        {
            failures.Add($"{Section} is empty: list at least one client, or remove the setting to use the built-in list.");
        }

        foreach (var entry in entries)
        {
            foreach (var field in entry.GetChildren().Where(f => !Fields.Contains(f.Key)))
            {
                failures.Add($"{Section}:{entry.Key}:{field.Key} is not a client field; the fields are {string.Join(", ", Fields)}.");
            }
        }

        var clients = options.Clients ?? [];
        for (var i = 0; i < clients.Count; i++)
        {
            failures.AddRange(Check(clients[i], $"{Section}:{KeyAt(entries, i)}"));
        }

        try
        {
            YouTubeProxy.Parse(options.Proxy);
        }
        catch (FormatException e)
        {
            failures.Add(e.Message);
        }

        if (options.ClientList.All(c => c.CaptionsNeedPoToken))
        {
            failures.Add($"Every client of {Section} has CaptionsNeedPoToken, so none can fetch captions: add a client that needs no PO token.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(InnerTubeClientProfile client, string path)
    {
        if (string.IsNullOrWhiteSpace(client.Name))
        {
            yield return $"{path}:Name is required (the clientName, such as VISIONOS or WEB).";
        }

        if (client.Id <= 0)
        {
            yield return $"{path}:Id is required: the numeric client id sent as X-YouTube-Client-Name (VISIONOS 101, WEB 1, ANDROID 3).";
        }

        if (string.IsNullOrWhiteSpace(client.Version))
        {
            yield return $"{path}:Version is required (the clientVersion the maintained clients use, such as 1.02 for VISIONOS).";
        }

        if (string.IsNullOrWhiteSpace(client.UserAgent))
        {
            yield return $"{path}:UserAgent is required (YouTube answers some clients only with their own user agent).";
        }
    }

    // The binder skips no index, but the keys are what the operator wrote ("0", "1"…): name them as written.
    private static string KeyAt(List<IConfigurationSection> entries, int index) =>
        index < entries.Count ? entries.OrderBy(e => int.TryParse(e.Key, out var n) ? n : int.MaxValue).ElementAt(index).Key : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
