using System.Globalization;
using LlmTutorBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards when <c>Discord:BotToken</c> is set (and does nothing otherwise): the shard count and
/// address from the settings or GET /gateway/bot, the shards named by <c>Discord:ShardIds</c> (all by default),
/// identifies spaced by <c>max_concurrency</c>.
/// </summary>
internal sealed class DiscordGatewayHostedService(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    IGatewayDispatchHandler handler,
    IdentifyLimiter identifyLimiter,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayHostedService>();

    /// <summary>The running shards, for tests and the benchmark.</summary>
    public IReadOnlyList<DiscordGatewayClient> Shards { get; private set; } = [];

    internal GatewayTimings Timings { get; init; } = GatewayTimings.Default;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.HasBotToken)
        {
            GatewayLog.NotConfigured(_logger);
            return;
        }

        var (url, count, maxConcurrency) = await DiscoverAsync(settings, stoppingToken);
        if (url is null)
        {
            return;
        }

        // Validated at start, so the ids parse.
        var ids = DiscordOptions.TryParseShardIds(settings.ShardIds, out var configured) && configured is not null
            ? configured
            : [.. Enumerable.Range(0, count)];
        if (ids.Any(id => id >= count))
        {
            GatewayLog.Stopped(_logger, ids.Max(), $"Discord:ShardIds names shards beyond the {count} shards in use");
            return;
        }

        identifyLimiter.Timings = Timings;
        GatewayLog.Starting(_logger, string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))), count, url.GetLeftPart(UriPartial.Path), maxConcurrency);
        var logger = loggers.CreateLogger<DiscordGatewayClient>();
        Shards = [.. ids.Select(id => new DiscordGatewayClient(id, count, url, settings.BotToken!, handler, identifyLimiter, Timings, time, logger, settings.GatewayCompression))];
        await Task.WhenAll(Shards.Select(shard => shard.RunAsync(stoppingToken)));
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
                identifyLimiter.Configure(limit.MaxConcurrency, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter));
                var url = settings.GatewayUrl ?? new Uri(info.Url);
                return (url, settings.ShardCount > 0 ? settings.ShardCount : Math.Max(1, info.Shards), Math.Max(1, limit.MaxConcurrency));
            }
            catch (DiscordRestException exception) when (exception.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                GatewayLog.Stopped(_logger, 0, "Discord refused the bot token (401): check Discord:BotToken");
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
