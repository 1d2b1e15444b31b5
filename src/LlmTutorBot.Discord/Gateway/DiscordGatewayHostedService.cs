using System.Globalization;
using LlmTutorBot.Core.Replicas;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards when <c>Discord:BotToken</c> is set (and does nothing otherwise): the shard count and
/// address from the settings or GET /gateway/bot, the shards named by <c>Discord:ShardIds</c> (all by default),
/// identifies spaced by <c>max_concurrency</c>. With a lease store (several replicas on one Redis) and no ShardIds,
/// the shards are shared out by leases instead (<see cref="ShardLeases"/>).
/// </summary>
internal sealed class DiscordGatewayHostedService(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    IGatewayDispatchHandler handler,
    IdentifyLimiter identifyLimiter,
    DiscordStatus status,
    TimeProvider time,
    ILoggerFactory loggers,
    ILeaseStore? leases = null,
    IReplicaNotes? notes = null) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayHostedService>();
    private IReadOnlyList<DiscordGatewayClient> _fixed = [];
    private ShardLeases? _leased;

    /// <summary>The running shards, for tests and the benchmark.</summary>
    public IReadOnlyList<DiscordGatewayClient> Shards => _leased?.Running ?? _fixed;

    internal GatewayTimings Timings { get; init; } = GatewayTimings.Default;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.HasBotToken)
        {
            GatewayLog.NotConfigured(_logger);
            return;
        }

        // A revoked token (a REST 401) ends every shard: the gateway would only be refused with 4004.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, status.Revoked);
        using var revoked = status.Revoked.Register(() => GatewayLog.StoppedTokenRevoked(_logger));
        try
        {
            await RunAsync(settings, stopping.Token);
        }
        catch (OperationCanceledException) when (status.Revoked.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(DiscordOptions settings, CancellationToken stoppingToken)
    {
        var gatewayNotes = new GatewayNotes(notes, settings, _logger);
        await gatewayNotes.ClearAsync(stoppingToken);
        var (url, count, maxConcurrency) = await DiscoverAsync(settings, stoppingToken);
        if (url is null)
        {
            return;
        }

        identifyLimiter.Timings = Timings;
        var logger = loggers.CreateLogger<DiscordGatewayClient>();
        DiscordGatewayClient Create(int id) =>
            new(id, count, url, settings.BotToken!, handler, identifyLimiter, Timings, time, logger, settings.GatewayCompression, status, settings.MessageContent);

        // Validated at start, so the ids parse.
        var configured = DiscordOptions.TryParseShardIds(settings.ShardIds, out var parsed) ? parsed : null;
        if (configured is null && leases is not null)
        {
            var max = settings.MaxShardsPerReplica == 0 ? count : Math.Min(count, settings.MaxShardsPerReplica);
            _leased = new ShardLeases(leases, count, max, TimeSpan.FromSeconds(settings.ShardLeaseSeconds), Create, status, gatewayNotes, time, _logger);
            GatewayLog.Starting(_logger, string.Create(CultureInfo.InvariantCulture, $"up to {max} by lease"), count, url.GetLeftPart(UriPartial.Path), maxConcurrency);
            await _leased.RunAsync(stoppingToken);
            return;
        }

        var ids = configured ?? [.. Enumerable.Range(0, count)];
        if (ids.Any(id => id >= count))
        {
            GatewayLog.Stopped(_logger, ids.Max(), $"Discord:ShardIds names shards beyond the {count} shards in use");
            return;
        }

        GatewayLog.Starting(_logger, string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))), count, url.GetLeftPart(UriPartial.Path), maxConcurrency);
        _fixed = [.. ids.Select(Create)];
        await Task.WhenAll(_fixed.Select(shard => shard.RunAsync(stoppingToken)));
    }

    /// <summary>The address, shard count and max_concurrency: configured, or asked of GET /gateway/bot (retried until it answers).</summary>
    private async Task<(Uri? Url, int Count, int MaxConcurrency)> DiscoverAsync(DiscordOptions settings, CancellationToken stoppingToken)
    {
        if (settings.GatewayUrl is not null && settings.ShardCount > 0)
        {
            return (settings.GatewayUrl, settings.ShardCount, 1);
        }

        var delay = TimeSpan.FromSeconds(5);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var info = await rest.GetGatewayBotAsync(stoppingToken);
                var limit = info.SessionStartLimit;
                identifyLimiter.Configure(limit.MaxConcurrency, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), limit.Total);
                identifyLimiter.Refresh = async cancellationToken => (await rest.GetGatewayBotAsync(cancellationToken)).SessionStartLimit;
                GatewayLog.IdentifyBudget(_logger, limit.Remaining, limit.Total, TimeSpan.FromMilliseconds(limit.ResetAfter).TotalMinutes);
                var url = settings.GatewayUrl ?? new Uri(info.Url);
                return (url, settings.ShardCount > 0 ? settings.ShardCount : Math.Max(1, info.Shards), Math.Max(1, limit.MaxConcurrency));
            }
            catch (DiscordRestException exception) when (exception.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                const string Reason = "Discord refused the bot token (401): check Discord:BotToken";
                status.StopGateway(new GatewayStop(null, Reason));
                GatewayLog.Stopped(_logger, 0, Reason);
                return (null, 0, 0);
            }
            catch (Exception exception) when (exception is DiscordRestException or HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                GatewayLog.GatewayInfoFailed(_logger, exception, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 300));
            }
        }

        return (null, 0, 0);
    }
}
