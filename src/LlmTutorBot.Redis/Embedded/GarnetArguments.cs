using System.Globalization;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>Garnet's command-line arguments for the embedded server.</summary>
internal static class GarnetArguments
{
    /// <summary>
    /// Loopback only; with a data folder, the storage tier (records beyond the memory size go to the log on disk and
    /// are read back), the append-only log, checkpoints on a timer and when the log outgrows its limit, and compaction
    /// of the log files on disk.
    /// </summary>
    public static string[] For(EmbeddedRedisOptions options, int port, string? dataDirectory, string? password)
    {
        var page = Math.Max(options.PageBytes, EmbeddedRedisOptions.MinimumPageBytes);
        var aofPage = EmbeddedRedisOptions.AofPageBytes(page);
        List<string> arguments =
        [
            "--bind", "127.0.0.1",
            "--port", Text(port),
            "--memory", options.MemorySize,
            "--page", options.PageSize,
            "--index", "16m",
            // The managed device needs no native libaio, which a fresh machine may lack.
            "--device-type", "RandomAccess",
            "-q",
        ];
        if (password is not null)
        {
            arguments.AddRange(["--auth", "Password", "--password", password]);
        }

        if (dataDirectory is not null)
        {
            var interval = Text(options.CheckpointIntervalSeconds);
            arguments.AddRange(
            [
                "--storage-tier",
                "--logdir", dataDirectory,
                "--segment", options.SegmentSize,
                "--aof",
                "--aof-page-size", StoreSize.Format(aofPage),
                "--aof-memory", StoreSize.Format(2 * aofPage),
                "--aof-size-limit", options.AofSizeLimit,
                "--recover",
                "--checkpointdir", dataDirectory,
                "--checkpoint-freq", interval,
                // Lookup keeps every live record (Shift would drop the oldest).
                "--compaction-type", "Lookup",
                "--compaction-freq", interval,
                "--compaction-max-segments", Text(options.CompactionMaxSegments),
            ]);
        }

        return [.. arguments];
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
