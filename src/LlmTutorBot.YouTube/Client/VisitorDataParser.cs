using System.Text.Json;

namespace LlmTutorBot.YouTube.Client;

/// <summary>Reads the visitorData out of /sw.js_data: ")]}'" and then an unnamed JSON array, item [0][2][0][0][13].</summary>
internal static class VisitorDataParser
{
    public static string? Parse(string body)
    {
        var json = body.StartsWith(")]}'", StringComparison.Ordinal) ? body[4..] : body;
        try
        {
            using var document = JsonDocument.Parse(json);
            var element = document.RootElement;
            foreach (var index in (ReadOnlySpan<int>)[0, 2, 0, 0, 13])
            {
                if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() <= index)
                {
                    return null;
                }

                element = element[index];
            }

            return element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } value ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
