using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord;

/// <summary>
/// The Discord adapter. With none of these set the bot runs without Discord: no connection is attempted and the
/// interactions endpoint answers 404. The token and keys are secrets: they are never logged.
/// </summary>
public sealed partial class DiscordOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the Developer Portal. Set: the gateway connects and replies are sent.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application id (a snowflake); needed for interactions and command registration.</summary>
    [RegularExpression("^[0-9]{1,20}$")]
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key in hex (64 characters), to verify interaction requests.</summary>
    [RegularExpression("^[0-9a-fA-F]{64}$")]
    public string? PublicKey { get; set; }

    /// <summary>The REST API's base address.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The gateway's address; empty: ask GET /gateway/bot.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>Ask the gateway for zlib-stream transport compression (less bandwidth, a little more CPU).</summary>
    public bool GatewayCompression { get; set; }

    /// <summary>How many shards the bot runs in all; 0: as many as GET /gateway/bot recommends.</summary>
    [Range(0, 10_000)]
    public int ShardCount { get; set; }

    /// <summary>
    /// The shards this process runs, such as "0-3" or "0,2"; empty: all of them, or with several replicas on one Redis,
    /// those this replica holds a lease on.
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>With shard leases (ShardIds empty, Redis shared): the most shards this replica runs; 0: no limit.</summary>
    [Range(0, 10_000)]
    public int MaxShardsPerReplica { get; set; }

    /// <summary>A shard's lease in Redis, renewed every third of it; a dead replica's shards are taken over after it expires.</summary>
    [Range(2, 600)]
    public int ShardLeaseSeconds { get; set; } = 20;

    /// <summary>
    /// The privileged Message Content intent: auto (ask, and run without it if Discord refuses it), on (ask; a refusal
    /// stops the gateway) or off (never ask). Without it, plain messages in the bot's threads need a mention.
    /// </summary>
    public DiscordMessageContent MessageContent { get; set; } = DiscordMessageContent.Auto;

    /// <summary>Answer POST /api/discord/interactions (needs ApplicationId and PublicKey).</summary>
    public bool InteractionsEnabled { get; set; } = true;

    /// <summary>Interaction requests whose signed timestamp is further than this from now are refused.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MaxSignatureAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>At most one edit of a progress message in this interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ProgressEditInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many turns run at once; further messages wait in line.</summary>
    [Range(1, 256)]
    public int MaxConcurrentTurns { get; set; } = 16;

    /// <summary>True when a bot token is set: the gateway connects and messages can be sent.</summary>
    public bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>True when the interactions endpoint can verify and answer requests.</summary>
    public bool InteractionsConfigured => InteractionsEnabled && !string.IsNullOrWhiteSpace(PublicKey) && !string.IsNullOrWhiteSpace(ApplicationId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(BotToken) && (BotToken.Any(char.IsWhiteSpace) || BotToken.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult("Discord:BotToken must be the token alone, without spaces or a \"Bot \" prefix.", [nameof(BotToken)]);
        }

        if (ApiBaseUrl is { IsAbsoluteUri: false } || ApiBaseUrl?.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Discord:ApiBaseUrl must be an absolute http(s) address.", [nameof(ApiBaseUrl)]);
        }

        if (GatewayUrl is not null && (!GatewayUrl.IsAbsoluteUri || GatewayUrl.Scheme is not ("wss" or "ws")))
        {
            yield return new ValidationResult("Discord:GatewayUrl must be an absolute ws:// or wss:// address.", [nameof(GatewayUrl)]);
        }

        if (!TryParseShardIds(ShardIds, out var ids))
        {
            yield return new ValidationResult("Discord:ShardIds must be shard numbers and ranges such as \"0-3,5\".", [nameof(ShardIds)]);
        }
        else if (ids is not null && ShardCount > 0 && ids.Any(id => id >= ShardCount))
        {
            yield return new ValidationResult($"Discord:ShardIds names a shard beyond Discord:ShardCount ({ShardCount}).", [nameof(ShardIds)]);
        }
    }

    /// <summary>Reads "0-3,5"; null for empty (all shards). False when the text is not a list of ids and ranges.</summary>
    public static bool TryParseShardIds(string? text, out IReadOnlyList<int>? ids)
    {
        ids = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var result = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = ShardRange().Match(part);
            if (!match.Success)
            {
                return false;
            }

            var first = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var last = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
            if (last < first || last - first > 10_000)
            {
                return false;
            }

            for (var id = first; id <= last; id++)
            {
                result.Add(id);
            }
        }

        ids = [.. result];
        return result.Count > 0;
    }

    [GeneratedRegex(@"^([0-9]{1,5})(?:\s*-\s*([0-9]{1,5}))?$")]
    private static partial Regex ShardRange();
}

[OptionsValidator]
public sealed partial class DiscordOptionsValidator : IValidateOptions<DiscordOptions>;
