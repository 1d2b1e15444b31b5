namespace LlmTutorBot.Redis.Embedded;

/// <summary>How this process reaches the embedded store.</summary>
public enum EmbeddedRedisRole
{
    /// <summary>Not started yet.</summary>
    None,

    /// <summary>This process locked the data folder and serves Garnet on loopback for every process using that folder.</summary>
    Serving,

    /// <summary>Another process serves the data folder; this one connects to it with the password from its port file.</summary>
    Client,

    /// <summary>A Garnet of this process's own that keeps everything in memory (Persist off, or no usable served store).</summary>
    MemoryOnly,
}
