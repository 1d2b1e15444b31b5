using System.Text.Json;

namespace LlmTutorBot.Core.Hosting;

/// <summary>Reads strings out of JSON a platform sent, where <see cref="JsonElement.GetString"/> may throw.</summary>
public static class JsonStrings
{
    /// <summary>
    /// The element's string, or null when it is not a string or its escapes do not decode (a lone surrogate such as
    /// "\ud800" makes GetString throw InvalidOperationException, which would otherwise escape as a 500).
    /// </summary>
    public static string? StringOrNull(this JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
