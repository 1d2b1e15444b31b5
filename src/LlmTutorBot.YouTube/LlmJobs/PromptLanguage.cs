using System.Globalization;

namespace LlmTutorBot.YouTube.LlmJobs;

/// <summary>A language as a prompt names it: "French (fr)", or the code alone when .NET does not know it.</summary>
public static class PromptLanguage
{
    public static string Name(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        try
        {
            var culture = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
