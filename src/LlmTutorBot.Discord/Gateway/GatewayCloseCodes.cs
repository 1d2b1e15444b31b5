namespace LlmTutorBot.Discord.Gateway;

/// <summary>What to do after the gateway closed the connection with a code.</summary>
internal enum CloseAction
{
    /// <summary>Reconnect and resume the session.</summary>
    Resume,

    /// <summary>Reconnect and identify again: the session is gone.</summary>
    Reidentify,

    /// <summary>Do not reconnect: the configuration must change first.</summary>
    Stop,
}

/// <summary>Discord's gateway close codes (opcodes-and-status-codes.mdx).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code the client closes with when it means to resume (anything but 1000/1001 keeps the session).</summary>
    public const int ClientReconnect = 4900;

    /// <summary>Refused intents: the Message Content intent is not enabled for the bot (or not approved).</summary>
    public const int DisallowedIntents = 4014;

    /// <summary>
    /// 4003 (not authenticated), 4005 (already authenticated), 4007, 4009 and a close 1000 from Discord end the
    /// session: a RESUME cannot succeed, so the next connection identifies.
    /// </summary>
    public static CloseAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseAction.Stop,
        1000 or 4003 or 4005 or 4007 or 4009 => CloseAction.Reidentify,
        _ => CloseAction.Resume,
    };

    /// <summary>Why a close code stops the bot, and what to change.</summary>
    public static string Explain(int? code) => code switch
    {
        4004 => "authentication failed: Discord:BotToken is wrong or was reset",
        4010 => "invalid shard: check Discord:ShardIds and Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount or leave it 0",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable the Message Content intent for the bot in the Developer Portal",
        4003 => "not authenticated",
        4005 => "already authenticated",
        1000 => "closed normally by Discord",
        4007 => "invalid sequence number",
        4009 => "session timed out",
        null => "no close code",
        _ => $"close code {code}",
    };
}
