using System.Security.Cryptography;
using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Redis.Connection;
using LlmTutorBot.Redis.State;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LlmTutorBot.Teams.Files;

/// <summary>
/// Files offered in personal chat with a FileConsentCard. Each offer is kept in Redis under
/// "{prefix}teams-offer:{conversation}:{offer id}" (256 random bits, in the card's contexts) for
/// <see cref="BotFrameworkOptions.FileOfferTtl"/>; the user's answer takes it (GETDEL), so an offer is answered once,
/// and only in the conversation it was made in. An answer for an unknown offer, or whose upload URL is not an https
/// address on <see cref="BotFrameworkOptions.FileUploadHosts"/>, is refused before anything is read or written.
/// </summary>
public sealed class TeamsFileOffers(RedisConnection redis, RedisKeys keys, IOptions<BotFrameworkOptions> options)
{
    /// <summary>Remembers the file and returns the FileConsentCard attachment that offers it.</summary>
    public async Task<ActivityAttachment> OfferAsync(ConversationReference reference, ReplyFile file, string description, string? locale)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(file);
        var offerId = Base64UrlId();
        var stored = new StoredFileOffer(file.FileName, file.ContentType, file.Content.ToArray(), locale);
        var database = await redis.GetConnectedDatabaseAsync();
        await database.StringSetAsync(Key(reference.ConversationId, offerId), JsonSerializer.Serialize(stored, BotFrameworkJsonContext.Default.StoredFileOffer), options.Value.FileOfferTtl);
        var context = new FileOfferContext(offerId);
        var card = new FileConsentCard(description, file.Content.Length, context, context);
        return new ActivityAttachment(FileConsentCard.ContentType)
        {
            Name = file.FileName,
            Content = JsonSerializer.SerializeToElement(card, BotFrameworkJsonContext.Default.FileConsentCard),
        };
    }

    /// <summary>
    /// Checks an answer and takes its offer: the file to upload (accepted) or to forget (declined), or why it is refused.
    /// </summary>
    public async Task<FileConsentOutcome> TakeAsync(string conversationId, FileConsentAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.OfferId is not { Length: > 0 } offerId || !IsWellFormed(offerId))
        {
            return FileConsentOutcome.Refuse("The answer names no file the bot offered (no offer id in its context).");
        }

        if (answer.Accepted)
        {
            if (CheckUrl(answer.Upload?.UploadUrl, "upload URL") is { } badUpload)
            {
                return FileConsentOutcome.Refuse(badUpload);
            }

            if (CheckUrl(answer.Upload?.ContentUrl, "content URL") is { } badContent)
            {
                return FileConsentOutcome.Refuse(badContent);
            }
        }

        var database = await redis.GetConnectedDatabaseAsync().WaitAsync(cancellationToken);
        var value = await database.StringGetDeleteAsync(Key(conversationId, offerId)).WaitAsync(cancellationToken);
        if (value.IsNullOrEmpty || JsonSerializer.Deserialize(value.ToString(), BotFrameworkJsonContext.Default.StoredFileOffer) is not { } offer)
        {
            return FileConsentOutcome.Refuse("The bot never offered this file in this conversation, or the offer was answered already or expired.");
        }

        return new FileConsentOutcome(offer, null);
    }

    /// <summary>Null when the address is an https URL on an allowed host (http is allowed for loopback, for local tests); otherwise why not.</summary>
    public string? CheckUrl(string? url, string what)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return $"The {what} is missing or not an absolute URL.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            return $"The {what} is not an https address.";
        }

        return HostList.Allows(options.Value.FileUploadHosts, uri.Host)
            ? null
            : $"The {what}'s host {uri.Host} is not one Teams uploads to (BotFramework:FileUploadHosts).";
    }

    private RedisKey Key(string conversationId, string offerId) => $"{keys.Prefix}teams-offer:{Uri.EscapeDataString(conversationId)}:{offerId}";

    private static string Base64UrlId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsWellFormed(string id) => id.Length == 43 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
