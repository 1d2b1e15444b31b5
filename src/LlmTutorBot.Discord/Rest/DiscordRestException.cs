using System.Net;

namespace LlmTutorBot.Discord.Rest;

/// <summary>
/// A Discord REST request that failed: its status, Discord's error code (such as 10062 for an unknown interaction)
/// and message. The token is never part of it.
/// </summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException()
    {
    }

    public DiscordRestException(string message)
        : base(message)
    {
    }

    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordRestException(string route, HttpStatusCode? status, int? code, string? discordMessage)
        : base($"Discord answered {(int?)status} {status} to {route}{(code is null ? "" : $" (code {code}: {discordMessage})")}.")
    {
        Route = route;
        Status = status;
        Code = code;
    }

    /// <summary>A request refused here, without asking Discord, for a reason that <paramref name="status"/> stands for.</summary>
    public DiscordRestException(string message, HttpStatusCode status)
        : base(message)
    {
        Status = status;
    }

    public string? Route { get; }

    public HttpStatusCode? Status { get; }

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? Code { get; }

    /// <summary>Unknown interaction: the token expired or the interaction was answered elsewhere.</summary>
    public bool IsUnknownInteraction => Code == 10062 || Code == 10015;
}
