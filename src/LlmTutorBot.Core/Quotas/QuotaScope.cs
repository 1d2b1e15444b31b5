namespace LlmTutorBot.Core.Quotas;

/// <summary>Whose message rate was exceeded: the sender's own, or their guild's or tenant's as a whole.</summary>
public enum QuotaScope
{
    User,
    Group,
}
