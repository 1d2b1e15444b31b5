using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Redis.Jobs;

/// <summary>
/// Long turns (video summaries, translations) queued in Redis, so that any replica runs them and a replica that dies
/// loses none: its jobs go back to the queue when their lease expires.
/// </summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Queue long turns in Redis; false: every turn runs on the replica that received it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many queued jobs this replica runs at once.</summary>
    [Range(1, 256)]
    public int WorkersPerReplica { get; set; } = 4;

    /// <summary>A running job's lease, renewed every third of it; a job whose lease expires is taken again.</summary>
    [Range(1, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Runs of one job before it goes to the dead-letter list and the user is told it failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>How often idle workers look at the queue for jobs queued by other replicas.</summary>
    [Range(10, 60_000)]
    public int PollMilliseconds { get; set; } = 250;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan Poll => TimeSpan.FromMilliseconds(PollMilliseconds);

    /// <summary>Leases are renewed, and looked at by the reaper, this often.</summary>
    public TimeSpan CheckInterval => Lease / 3;
}

[OptionsValidator]
public sealed partial class JobOptionsValidator : IValidateOptions<JobOptions>;
