namespace LlmTutorBot.Discord.Gateway;

/// <summary>The bot's own user id, learnt from READY; messages are read against it (mentions, own messages).</summary>
internal sealed class DiscordBotIdentity
{
    private volatile string? _userId;

    public string? UserId
    {
        get => _userId;
        set => _userId = value;
    }
}
