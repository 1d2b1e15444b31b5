namespace LlmTutorBot.YouTube.Client;

/// <summary>
/// The visitorData this process sends with clients that need one: fetched once before the first player request that
/// needs it, then reused for <see cref="Lifetime"/>; a visitorData a player response hands back fills the gap when
/// the fetch gave none.
/// </summary>
public sealed class VisitorData(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    /// <summary>After a fetch that gave none, the next fetch waits this long (requests go without meanwhile).</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Entry? _entry;
    private DateTimeOffset _failedAt = DateTimeOffset.MinValue;

    public async Task<string?> GetAsync(YouTubeClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (Current() is { } current)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Current() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            if (time.GetUtcNow() - _failedAt < RetryAfterFailure)
            {
                return null;
            }

            var fetched = await client.GetVisitorDataAsync(cancellationToken);
            if (fetched is not null)
            {
                Offer(fetched);
            }
            else
            {
                _failedAt = time.GetUtcNow();
            }

            return fetched;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A visitorData YouTube gave in a player response; kept when there is none yet.</summary>
    public void Offer(string? value)
    {
        if (!string.IsNullOrEmpty(value) && Current() is null)
        {
            _entry = new Entry(value, time.GetUtcNow());
        }
    }

    private string? Current() => _entry is { } entry && time.GetUtcNow() - entry.Obtained < Lifetime ? entry.Value : null;

    public void Dispose() => _gate.Dispose();

    private sealed record Entry(string Value, DateTimeOffset Obtained);
}
