namespace LlmTutorBot.Core.Languages;

/// <summary>The languages the bot speaks: every user-facing string exists in each of them.</summary>
public enum BotLanguage
{
    En,
    Fr,
    Zh,
}
