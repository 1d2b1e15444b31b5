namespace LlmTutorBot.Discord;

/// <summary>
/// What the adapter knows of its own health, shared by the REST client, every shard and <c>/readyz</c>: a bot token
/// Discord no longer accepts (a 401 after start-up), a close code that stops the gateway for good, and whether the
/// gateway runs without the Message Content intent. Each state, once reached, lasts until the process restarts.
/// </summary>
internal sealed class DiscordStatus : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _revoked = new();
    private volatile string? _revokedReason;
    private volatile GatewayStop? _stop;
    private int _messageContentDisallowed;

    /// <summary>Cancelled when the token was revoked: the gateway stops and bot requests are refused here.</summary>
    public CancellationToken Revoked => _revoked.Token;

    public string? RevokedReason => _revokedReason;

    /// <summary>A close code that must not be retried with these settings, and what to change.</summary>
    public GatewayStop? Stop => _stop;

    /// <summary>True once Discord refused the Message Content intent (4014) and the shards identify without it.</summary>
    public bool MessageContentDisallowed => Volatile.Read(ref _messageContentDisallowed) == 1;

    /// <summary>Records that the token was refused; true the first time (so that it is logged once).</summary>
    public bool RevokeToken(string reason)
    {
        lock (_lock)
        {
            if (_revokedReason is not null)
            {
                return false;
            }

            _revokedReason = reason;
        }

        _revoked.Cancel();
        return true;
    }

    /// <summary>Records a fatal close; true the first time.</summary>
    public bool StopGateway(GatewayStop stop)
    {
        lock (_lock)
        {
            if (_stop is not null)
            {
                return false;
            }

            _stop = stop;
            return true;
        }
    }

    /// <summary>Records that the intent is refused; true the first time.</summary>
    public bool DisallowMessageContent() => Interlocked.Exchange(ref _messageContentDisallowed, 1) == 0;

    public void Dispose() => _revoked.Dispose();
}

/// <summary>A gateway close that stops every shard: its code and what to change.</summary>
internal sealed record GatewayStop(int? Code, string Reason)
{
    public override string ToString() => Code is null ? Reason : $"{Code}: {Reason}";
}
