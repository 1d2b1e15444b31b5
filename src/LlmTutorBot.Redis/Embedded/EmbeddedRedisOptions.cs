using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>The in-process Garnet server used when no <c>ConnectionStrings:Redis</c> is set.</summary>
public sealed class EmbeddedRedisOptions : IValidatableObject
{
    public const string SectionName = "EmbeddedRedis";

    /// <summary>Garnet keeps at least this many pages of its log in memory ("Target size must be at least 4 pages").</summary>
    public const int MinimumPagesInMemory = 4;

    /// <summary>Garnet's smallest page: a worst-case record must fit in one.</summary>
    public const long MinimumPageBytes = 512;

    private const string SizePattern = "^[0-9]+[kmgKMG]$";

    /// <summary>Where its data lives; empty means a "LlmTutorBot/redis" folder in the user's local application data.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The loopback port it listens on; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>
    /// Keep data on disk so state survives a restart: records beyond <see cref="MemorySize"/> spill to the data folder
    /// (Garnet's storage tier), with an append-only log and checkpoints. Off: memory only, and records beyond
    /// <see cref="MemorySize"/> are dropped.
    /// </summary>
    public bool Persist { get; set; } = true;

    /// <summary>Memory for the store's log, in Garnet's notation ("64m", "1g"); at least four pages of <see cref="PageSize"/>.</summary>
    [Required]
    [RegularExpression(SizePattern)]
    public string MemorySize { get; set; } = "64m";

    /// <summary>The log's page, the unit in which records move between memory and disk (rounded down to a power of two; at least 1k).</summary>
    [Required]
    [RegularExpression(SizePattern)]
    public string PageSize { get; set; } = "4m";

    /// <summary>The size of each log file on disk (rounded down to a power of two; at least one page).</summary>
    [Required]
    [RegularExpression(SizePattern)]
    public string SegmentSize { get; set; } = "64m";

    /// <summary>Log files on disk before the live records of the oldest are copied forward and the file freed.</summary>
    [Range(2, 10_000)]
    public int CompactionMaxSegments { get; set; } = 16;

    /// <summary>When the append-only log outgrows this, a checkpoint is taken and the log truncated.</summary>
    [Required]
    [RegularExpression(SizePattern)]
    public string AofSizeLimit { get; set; } = "256m";

    /// <summary>Seconds between checkpoints (and log compactions), which truncate the append-only log.</summary>
    [Range(10, 86_400)]
    public int CheckpointIntervalSeconds { get; set; } = 300;

    /// <summary>The page size Garnet will use, in bytes (0 when <see cref="PageSize"/> is unreadable).</summary>
    public long PageBytes => StoreSize.TryParse(PageSize, out var bytes) ? StoreSize.RoundDownToPowerOfTwo(bytes) : 0;

    /// <summary>The smallest <see cref="MemorySize"/> Garnet accepts with this <see cref="PageSize"/>.</summary>
    public long MinimumMemoryBytes => MinimumPagesInMemory * Math.Max(PageBytes, MinimumPageBytes);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var page = PageBytes;
        if (StoreSize.TryParse(PageSize, out _) && page < MinimumPageBytes)
        {
            yield return new ValidationResult(
                $"EmbeddedRedis:PageSize {PageSize} is below what Garnet accepts: the smallest allowed value is 1k.", [nameof(PageSize)]);
            yield break;
        }

        if (page > 0 && StoreSize.TryParse(MemorySize, out var memory) && memory < MinimumMemoryBytes)
        {
            yield return new ValidationResult(
                $"EmbeddedRedis:MemorySize {MemorySize} is below what Garnet accepts: it must hold {MinimumPagesInMemory} pages of EmbeddedRedis:PageSize ({PageSize}); the smallest allowed value is {StoreSize.Format(MinimumMemoryBytes)}.",
                [nameof(MemorySize)]);
        }

        if (page > 0 && StoreSize.TryParse(SegmentSize, out var segment) && StoreSize.RoundDownToPowerOfTwo(segment) < page)
        {
            yield return new ValidationResult(
                $"EmbeddedRedis:SegmentSize {SegmentSize} is smaller than a page: the smallest allowed value is {StoreSize.Format(page)}.", [nameof(SegmentSize)]);
        }

        if (page > 0 && StoreSize.TryParse(AofSizeLimit, out var aofLimit) && aofLimit < AofPageBytes(page) * 2)
        {
            yield return new ValidationResult(
                $"EmbeddedRedis:AofSizeLimit {AofSizeLimit} is smaller than the append-only log's memory: the smallest allowed value is {StoreSize.Format(AofPageBytes(page) * 2)}.",
                [nameof(AofSizeLimit)]);
        }
    }

    /// <summary>The append-only log's page: at least twice the main log's, as Garnet requires (an entry can be a whole record).</summary>
    internal static long AofPageBytes(long pageBytes) => Math.Max(2 * pageBytes, 64 * 1024);
}

[OptionsValidator]
public sealed partial class EmbeddedRedisOptionsValidator : IValidateOptions<EmbeddedRedisOptions>;
