namespace LlmTutorBot.Discord.Gateway;

/// <summary>What a shard needs to resume: the session id, the address READY gave for resuming, and the last sequence.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last sequence number handled in this session; dispatches at or below it are duplicates.</summary>
    public int? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null && Sequence is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
