using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.State;

/// <summary>How much the bot remembers, and for how long.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>Put in front of every key, so several bots or environments can share one Redis.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:_.-]{1,64}$")]
    public string KeyPrefix { get; set; } = "llmtutorbot:";

    /// <summary>A conversation untouched for this long is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A user's preferences are forgotten this long after their last message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan UserTtl { get; set; } = TimeSpan.FromDays(180);

    /// <summary>How many messages (the user's and the bot's) a conversation keeps.</summary>
    [Range(2, 200)]
    public int MaxTurns { get; set; } = 20;

    /// <summary>Longer remembered messages are cut to this many characters.</summary>
    [Range(100, 20_000)]
    public int MaxTurnLength { get; set; } = 2_000;
}

[OptionsValidator]
public sealed partial class StateOptionsValidator : IValidateOptions<StateOptions>;
