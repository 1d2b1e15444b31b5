using System.Globalization;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.Localization;

/// <summary>A user-facing sentence in each of the bot's languages. Placeholders use composite format ({0}).</summary>
public sealed record LocalizedText(string En, string Fr, string Zh)
{
    public string this[BotLanguage language] => language switch
    {
        BotLanguage.Fr => Fr,
        BotLanguage.Zh => Zh,
        _ => En,
    };

    public string Format(BotLanguage language, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[language], args);
}
