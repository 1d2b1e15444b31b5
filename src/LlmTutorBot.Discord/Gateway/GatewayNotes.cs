using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LlmTutorBot.Core.Replicas;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Discord.Gateway;

/// <summary>
/// What one replica's gateway learnt that every replica must respect, kept in Redis under a hash of the settings
/// that decide it (token, shard count, intents setting, address): a fatal close (the shards stay stopped) and a
/// refused Message Content intent (the shards identify without it). A change of those settings gives new names, so
/// old notes no longer apply; a process that starts clears them (a restart is how an operator says "try again",
/// say after enabling the intent in the Developer Portal); otherwise they expire after a day.
/// </summary>
internal sealed class GatewayNotes(IReplicaNotes? notes, DiscordOptions settings, ILogger logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const string MessageContentRefused = "refused";
    private readonly string _hash = SettingsHash(settings);
    private bool _stopPublished;
    private bool _contentPublished;

    public string StopName => $"discord-stop:{_hash}";

    public string MessageContentName => $"discord-message-content:{_hash}";

    /// <summary>At start: forget what earlier runs noted.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await TryAsync(async () =>
        {
            await notes!.RemoveAsync(StopName, cancellationToken);
            await notes.RemoveAsync(MessageContentName, cancellationToken);
        });
    }

    /// <summary>Writes what this replica learnt, once each, and takes what the others noted.</summary>
    public async Task SyncAsync(DiscordStatus status, CancellationToken cancellationToken)
    {
        await TryAsync(async () =>
        {
            if (status.Stop is { } stop)
            {
                if (!_stopPublished)
                {
                    await notes!.SetAsync(StopName, Format(stop), Lifetime, cancellationToken);
                    _stopPublished = true;
                }
            }
            else if (await notes!.GetAsync(StopName, cancellationToken) is { } noted && Parse(noted) is { } other && status.StopGateway(other))
            {
                _stopPublished = true;
                GatewayLog.GatewayStoppedEverywhere(logger, other.ToString());
            }

            if (status.MessageContentDisallowed)
            {
                if (!_contentPublished)
                {
                    await notes!.SetAsync(MessageContentName, MessageContentRefused, Lifetime, cancellationToken);
                    _contentPublished = true;
                }
            }
            else if (await notes!.GetAsync(MessageContentName, cancellationToken) == MessageContentRefused)
            {
                status.DisallowMessageContent();
                _contentPublished = true;
            }
        });
    }

    internal static string Format(GatewayStop stop) =>
        string.Create(CultureInfo.InvariantCulture, $"{stop.Code}|{stop.Reason}");

    internal static GatewayStop? Parse(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar < 0)
        {
            return null;
        }

        int? code = int.TryParse(text.AsSpan(0, bar), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
        return new GatewayStop(code, text[(bar + 1)..]);
    }

    /// <summary>16 hex digits of SHA-256 over the settings that decide whether the gateway is refused (the token never leaves the hash).</summary>
    internal static string SettingsHash(DiscordOptions settings)
    {
        var text = string.Join('\n', settings.BotToken, settings.ShardCount.ToString(CultureInfo.InvariantCulture), settings.MessageContent.ToString(), settings.GatewayUrl?.ToString(), settings.ShardIds);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private async Task TryAsync(Func<Task> call)
    {
        if (notes is null)
        {
            return;
        }

        try
        {
            await call();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            GatewayLog.ShardLeaseUnavailable(logger, exception);
        }
    }
}
