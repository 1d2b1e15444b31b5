using System.Security.Cryptography;
using LlmTutorBot.Core.Caching;
using LlmTutorBot.Core.Pipeline;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.YouTube.Cache;
using LlmTutorBot.YouTube.Client;
using LlmTutorBot.YouTube.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Files;

/// <summary>
/// Result files (subtitles, bilingual text) kept in the shared store (<see cref="IExpiringFileStore"/>: Redis) under
/// an unguessable id (256 random bits) for <see cref="YouTubeOptions.FileTtl"/>, so the bot can serve them at a link
/// on every platform and from every replica.
/// </summary>
public sealed class ResultFileStore(IExpiringFileStore store, YouTubeKeys keys, IOptions<YouTubeOptions> options, IOptions<BotOptions> bot, ILogger<ResultFileStore> logger)
{
    private readonly YouTubeOptions _options = options.Value;
    private readonly string? _baseUrl = PublicBaseUrl(bot.Value, options.Value);

    /// <summary>Bot:PublicBaseUrl, or the deprecated YouTube:FilesBaseUrl when only it is set; null when neither is.</summary>
    public static string? PublicBaseUrl(BotOptions bot, YouTubeOptions youTube)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(youTube);
        return !string.IsNullOrWhiteSpace(bot.PublicBaseUrl) ? bot.PublicBaseUrl
            : !string.IsNullOrWhiteSpace(youTube.FilesBaseUrl) ? youTube.FilesBaseUrl
            : null;
    }

    /// <summary>Links to the stored files, or none when no public address is set or Redis is unavailable.</summary>
    public async Task<IReadOnlyList<(string Name, Uri Url)>> PublishAsync(IReadOnlyList<ReplyFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (_baseUrl is null || files.Count == 0)
        {
            return [];
        }

        var id = Base64UrlId();
        try
        {
            await store.PutAsync(keys.Files(id), files, _options.FileTtl, CancellationToken.None);
        }
        catch (StoreUnavailableException e)
        {
            YouTubeLog.FilesUnavailable(logger, e);
            return [];
        }

        var root = _baseUrl.TrimEnd('/');
        return [.. files.Select(f => (f.FileName, new Uri($"{root}/files/{id}/{Uri.EscapeDataString(f.FileName)}")))];
    }

    /// <summary>A stored file, or null when the id is unknown, malformed or expired; <see cref="StoreUnavailableException"/> when the store is down.</summary>
    public async Task<ReplyFile?> GetAsync(string id, string name, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(id) || string.IsNullOrEmpty(name) || name.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        return await store.GetAsync(keys.Files(id), name, cancellationToken);
    }

    private static string Base64UrlId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsWellFormed(string id) => id.Length == 43 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
