using System.Text.Json;
using System.Text.Json.Serialization;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>What the serving process writes beside the data folder's lock: where it listens and the password it asks.</summary>
public sealed record PortFileContent(int Port, string Password, int ProcessId);

/// <summary>
/// The ".port" file beside the data folder's ".lock": written (mode 0600, through a temporary file and a rename, so a
/// reader never sees half of it) by the process that serves the folder, removed when it stops.
/// </summary>
public static class PortFile
{
    public const string FileName = ".port";

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    public static void Write(string dataDirectory, PortFileContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = PathIn(dataDirectory);
        var temporary = target + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        File.Delete(temporary);
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, content, EmbeddedRedisJsonContext.Default.PortFileContent);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The file's content; null when it is missing or unreadable (being written, or left half-written by a crash).</summary>
    public static PortFileContent? TryRead(string dataDirectory)
    {
        try
        {
            var content = JsonSerializer.Deserialize(File.ReadAllBytes(PathIn(dataDirectory)), EmbeddedRedisJsonContext.Default.PortFileContent);
            return content is { Port: > 0 and <= 65535, Password.Length: > 0 } ? content : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public static void Delete(string dataDirectory)
    {
        try
        {
            File.Delete(PathIn(dataDirectory));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next server overwrites it; a reader that finds it stale takes the free lock first.
        }
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PortFileContent))]
internal sealed partial class EmbeddedRedisJsonContext : JsonSerializerContext;
