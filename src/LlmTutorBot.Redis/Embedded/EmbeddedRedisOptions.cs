using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>The in-process Garnet server used when no <c>ConnectionStrings:Redis</c> is set.</summary>
public sealed class EmbeddedRedisOptions
{
    public const string SectionName = "EmbeddedRedis";

    /// <summary>Where its data lives; empty means a "LlmTutorBot/redis" folder in the user's local application data.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The loopback port it listens on; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>Keep data on disk (append-only log and checkpoints) so state survives a restart.</summary>
    public bool Persist { get; set; } = true;

    /// <summary>Memory for the store's log, in Garnet's notation ("64m", "1g").</summary>
    [Required]
    [RegularExpression("^[0-9]+[kmgKMG]$")]
    public string MemorySize { get; set; } = "64m";

    /// <summary>Seconds between checkpoints, which compact the append-only log.</summary>
    [Range(10, 86_400)]
    public int CheckpointIntervalSeconds { get; set; } = 300;
}

[OptionsValidator]
public sealed partial class EmbeddedRedisOptionsValidator : IValidateOptions<EmbeddedRedisOptions>;
