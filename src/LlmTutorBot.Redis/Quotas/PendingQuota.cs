using LlmTutorBot.Core.Quotas;

namespace LlmTutorBot.Redis.Quotas;

/// <summary>The counts a message added to its rate windows, read once the batch that carried them has answered.</summary>
internal sealed class PendingQuota(Task<long>? user, int userLimit, Task<long>? group, int groupLimit, TimeSpan retryAfter)
{
    public IEnumerable<Task> Tasks => new Task?[] { user, group }.OfType<Task>();

    public QuotaExceeded? Verdict()
    {
        if (user is { IsCompletedSuccessfully: true } && user.Result > userLimit)
        {
            return new QuotaExceeded(QuotaScope.User, retryAfter);
        }

        return group is { IsCompletedSuccessfully: true } && group.Result > groupLimit
            ? new QuotaExceeded(QuotaScope.Group, retryAfter)
            : null;
    }
}
