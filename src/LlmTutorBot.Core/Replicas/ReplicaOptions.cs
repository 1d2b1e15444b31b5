using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Replicas;

/// <summary>How replicas sharing one Redis keep each conversation's turns in order.</summary>
public sealed class ReplicaOptions
{
    public const string SectionName = "Replicas";

    /// <summary>
    /// A conversation's lock while one of its turns runs, renewed every third of it. A replica that dies holding it
    /// delays that conversation's next turn by at most this long.
    /// </summary>
    [Range(2, 3600)]
    public int ConversationLockSeconds { get; set; } = 30;

    public TimeSpan ConversationLock => TimeSpan.FromSeconds(ConversationLockSeconds);
}

[OptionsValidator]
public sealed partial class ReplicaOptionsValidator : IValidateOptions<ReplicaOptions>;
