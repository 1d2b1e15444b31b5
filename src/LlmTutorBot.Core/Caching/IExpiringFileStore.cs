using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Core.Caching;

/// <summary>
/// Files kept together under one key until it expires (result files served at a link). Unlike a cache, a store that
/// cannot be reached is not a miss: both calls throw <see cref="StoreUnavailableException"/>, so a caller can tell
/// "expired" from "try again shortly".
/// </summary>
public interface IExpiringFileStore
{
    /// <summary>Stores <paramref name="files"/> under <paramref name="key"/>, all expiring after <paramref name="timeToLive"/>.</summary>
    Task PutAsync(string key, IReadOnlyList<ReplyFile> files, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>The file named <paramref name="name"/> under <paramref name="key"/>, or null when there is none or it expired.</summary>
    Task<ReplyFile?> GetAsync(string key, string name, CancellationToken cancellationToken);
}
