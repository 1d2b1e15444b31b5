namespace LlmTutorBot.Core.Hosting;

/// <summary>A setting that lists the hosts a feature may reach ("files.example.com, *.sharepoint.com").</summary>
public static class HostList
{
    /// <summary>True when <paramref name="host"/> is in the comma-separated list: an exact name, or "*.example.com" for its subdomains.</summary>
    public static bool Allows(string list, string host)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(host);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(allowed =>
            allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.Length > allowed.Length - 1 && host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
                : allowed.Equals(host, StringComparison.OrdinalIgnoreCase));
    }
}
