namespace LlmTutorBot.Discord;

/// <summary>Whether the gateway asks for the privileged Message Content intent (<c>Discord:MessageContent</c>).</summary>
public enum DiscordMessageContent
{
    /// <summary>Ask for it; when Discord refuses it (close code 4014), carry on without it and say what is lost.</summary>
    Auto,

    /// <summary>Ask for it; a refusal stops the gateway until the intent is enabled in the Developer Portal.</summary>
    On,

    /// <summary>Never ask: mentions, DMs, slash and message commands only (no follow-ups in threads without a mention).</summary>
    Off,
}
