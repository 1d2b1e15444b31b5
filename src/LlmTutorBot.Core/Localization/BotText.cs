namespace LlmTutorBot.Core.Localization;

/// <summary>Every sentence the core handlers say, in English, French and Chinese.</summary>
public static class BotText
{
    public static readonly LocalizedText HelpDescription = new(typeof(BotText), nameof(HelpDescription));

    public static readonly LocalizedText LangDescription = new(typeof(BotText), nameof(LangDescription));

    public static readonly LocalizedText LangOption = new(typeof(BotText), nameof(LangOption));

    public static readonly LocalizedText LangAutoChoice = new(typeof(BotText), nameof(LangAutoChoice));

    public static readonly LocalizedText ResetDescription = new(typeof(BotText), nameof(ResetDescription));

    public static readonly LocalizedText ResetScopeOption = new(typeof(BotText), nameof(ResetScopeOption));

    public static readonly LocalizedText ResetScopeChannel = new(typeof(BotText), nameof(ResetScopeChannel));

    public static readonly LocalizedText ResetScopeMe = new(typeof(BotText), nameof(ResetScopeMe));

    public static readonly LocalizedText HelpTitle = new(typeof(BotText), nameof(HelpTitle));

    public static readonly LocalizedText HelpIntro = new(typeof(BotText), nameof(HelpIntro));

    public static readonly LocalizedText HelpCommandsHeading = new(typeof(BotText), nameof(HelpCommandsHeading));

    public static readonly LocalizedText HelpLanguageLine = new(typeof(BotText), nameof(HelpLanguageLine));

    public static readonly LocalizedText LanguageSet = new(typeof(BotText), nameof(LanguageSet));

    public static readonly LocalizedText LanguageAuto = new(typeof(BotText), nameof(LanguageAuto));

    public static readonly LocalizedText ResetPreferencesDone = new(typeof(BotText), nameof(ResetPreferencesDone));

    public static readonly LocalizedText ResetDone = new(typeof(BotText), nameof(ResetDone));

    public static readonly LocalizedText FallbackIntro = new(typeof(BotText), nameof(FallbackIntro));

    public static readonly LocalizedText FallbackHint = new(typeof(BotText), nameof(FallbackHint));

    public static readonly LocalizedText EmptyMessage = new(typeof(BotText), nameof(EmptyMessage));

    public static readonly LocalizedText MessageTooLong = new(typeof(BotText), nameof(MessageTooLong));

    public static readonly LocalizedText UnknownCommand = new(typeof(BotText), nameof(UnknownCommand));

    public static readonly LocalizedText DidYouMean = new(typeof(BotText), nameof(DidYouMean));

    public static readonly LocalizedText SeeHelp = new(typeof(BotText), nameof(SeeHelp));

    public static readonly LocalizedText MissingArgument = new(typeof(BotText), nameof(MissingArgument));

    public static readonly LocalizedText InvalidChoice = new(typeof(BotText), nameof(InvalidChoice));

    public static readonly LocalizedText InvalidValue = new(typeof(BotText), nameof(InvalidValue));

    public static readonly LocalizedText ExpectedInteger = new(typeof(BotText), nameof(ExpectedInteger));

    public static readonly LocalizedText ExpectedBoolean = new(typeof(BotText), nameof(ExpectedBoolean));

    public static readonly LocalizedText ExpectedUrl = new(typeof(BotText), nameof(ExpectedUrl));

    public static readonly LocalizedText UnclosedQuote = new(typeof(BotText), nameof(UnclosedQuote));

    public static readonly LocalizedText TooManyArguments = new(typeof(BotText), nameof(TooManyArguments));

    public static readonly LocalizedText Choices = new(typeof(BotText), nameof(Choices));

    public static readonly LocalizedText Usage = new(typeof(BotText), nameof(Usage));

    public static readonly LocalizedText TurnFailed = new(typeof(BotText), nameof(TurnFailed));

    public static readonly LocalizedText JobFailed = new(typeof(BotText), nameof(JobFailed));

    public static readonly LocalizedText StateUnavailable = new(typeof(BotText), nameof(StateUnavailable));
}
