namespace LlmTutorBot.Core.Quotas;

/// <summary>A message over a rate limit: the turn is answered politely with <see cref="RetryAfter"/> and changes nothing.</summary>
public sealed record QuotaExceeded(QuotaScope Scope, TimeSpan RetryAfter);
