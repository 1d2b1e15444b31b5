using System.Net.Http.Headers;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>
    /// POST /channels/{channel}/messages, as multipart with files[n] and payload_json when there are files. The message
    /// carries a nonce with enforce_nonce, the same in every retry, so a retried POST never posts it twice.
    /// </summary>
    public Task<DiscordMessage> CreateMessageAsync(string channelId, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var once = message with { Nonce = message.Nonce ?? NewNonce(), EnforceNonce = true };
        return SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", Body(once, files), DiscordJsonContext.Default.DiscordMessage, Auth.Bot, cancellationToken);
    }

    /// <summary>PATCH /channels/{channel}/messages/{message}.</summary>
    public Task<DiscordMessage> EditMessageAsync(string channelId, string messageId, OutgoingMessage message, IReadOnlyList<ReplyFile>? files, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", Body(message, files), DiscordJsonContext.Default.DiscordMessage, Auth.Bot, cancellationToken);

    /// <summary>
    /// POST /channels/{channel}/messages/{message}/threads: a public thread on a message (its id is the message's).
    /// When the message has a thread already (160004: someone started one, or a retried request did), that thread.
    /// </summary>
    public async Task<DiscordChannel> StartThreadFromMessageAsync(string channelId, string messageId, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(
                HttpMethod.Post,
                $"channels/{channelId}/messages/{messageId}/threads",
                Json(new StartThreadRequest(ThreadName(name)), DiscordJsonContext.Default.StartThreadRequest),
                DiscordJsonContext.Default.DiscordChannel,
                Auth.Bot,
                cancellationToken);
        }
        catch (DiscordRestException exception) when (exception.Code == ThreadAlreadyCreated)
        {
            return new DiscordChannel(messageId, ChannelTypes.PublicThread, ParentId: channelId);
        }
    }

    /// <summary>Discord's error code for a message that has a thread already.</summary>
    private const int ThreadAlreadyCreated = 160004;

    /// <summary>A random nonce of at most 20 digits (Discord allows 25 characters).</summary>
    internal static string NewNonce() =>
        ((ulong)Random.Shared.NextInt64(1, long.MaxValue)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>GET /channels/{channel}: its type and parent, for channels the gateway has not described.</summary>
    public Task<DiscordChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"channels/{channelId}", NoBody, DiscordJsonContext.Default.DiscordChannel, Auth.Bot, cancellationToken);

    /// <summary>A thread name of 1 to 100 characters, on one line.</summary>
    internal static string ThreadName(string title)
    {
        var name = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0)
        {
            return "…";
        }

        return name.Length <= 100 ? name : string.Concat(name.AsSpan(0, 99), "…");
    }

    /// <summary>JSON alone, or multipart/form-data with payload_json and files[n] named in attachments[].</summary>
    private static Func<HttpContent?> Body(OutgoingMessage message, IReadOnlyList<ReplyFile>? files)
    {
        if (files is not { Count: > 0 })
        {
            return Json(message, DiscordJsonContext.Default.OutgoingMessage);
        }

        var withSlots = message with { Attachments = [.. files.Select((f, i) => new AttachmentSlot(i, f.FileName))] };
        return () =>
        {
            var form = new MultipartFormDataContent();
            form.Add(JsonContent(withSlots, DiscordJsonContext.Default.OutgoingMessage), "payload_json");
            for (var i = 0; i < files.Count; i++)
            {
                var part = new ReadOnlyMemoryContent(files[i].Content);
                part.Headers.ContentType = MediaTypeHeaderValue.TryParse(files[i].ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, $"files[{i}]", files[i].FileName);
            }

            return form;
        };
    }
}
