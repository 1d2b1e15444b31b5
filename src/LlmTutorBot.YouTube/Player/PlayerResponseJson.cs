using System.Text.Json.Serialization;

namespace LlmTutorBot.YouTube.Player;

// The InnerTube /youtubei/v1/player response (wire format; only the fields the bot reads). PlayerResponseParser
// turns it into our own types; nothing outside this folder sees it.
internal sealed record PlayerResponseJson(
    [property: JsonPropertyName("responseContext")] ResponseContextJson? ResponseContext,
    [property: JsonPropertyName("playabilityStatus")] PlayabilityStatusJson? PlayabilityStatus,
    [property: JsonPropertyName("videoDetails")] VideoDetailsJson? VideoDetails,
    [property: JsonPropertyName("captions")] CaptionsJson? Captions);

internal sealed record ResponseContextJson(
    [property: JsonPropertyName("visitorData")] string? VisitorData);

internal sealed record PlayabilityStatusJson(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("liveStreamability")] JsonMarker? LiveStreamability);

internal sealed record JsonMarker;

internal sealed record VideoDetailsJson(
    [property: JsonPropertyName("videoId")] string? VideoId,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("lengthSeconds")] string? LengthSeconds,
    [property: JsonPropertyName("shortDescription")] string? ShortDescription,
    [property: JsonPropertyName("isLive")] bool? IsLive,
    [property: JsonPropertyName("isLiveContent")] bool? IsLiveContent,
    [property: JsonPropertyName("isUpcoming")] bool? IsUpcoming,
    [property: JsonPropertyName("isPrivate")] bool? IsPrivate);

internal sealed record CaptionsJson(
    [property: JsonPropertyName("playerCaptionsTracklistRenderer")] CaptionTrackListJson? TrackList);

internal sealed record CaptionTrackListJson(
    [property: JsonPropertyName("captionTracks")] IReadOnlyList<CaptionTrackJson>? Tracks,
    [property: JsonPropertyName("translationLanguages")] IReadOnlyList<TranslationLanguageJson>? TranslationLanguages);

internal sealed record CaptionTrackJson(
    [property: JsonPropertyName("baseUrl")] string? BaseUrl,
    [property: JsonPropertyName("name")] TextJson? Name,
    [property: JsonPropertyName("vssId")] string? VssId,
    [property: JsonPropertyName("languageCode")] string? LanguageCode,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("isTranslatable")] bool? IsTranslatable);

internal sealed record TranslationLanguageJson(
    [property: JsonPropertyName("languageCode")] string? LanguageCode,
    [property: JsonPropertyName("languageName")] TextJson? LanguageName);

internal sealed record TextJson(
    [property: JsonPropertyName("simpleText")] string? SimpleText,
    [property: JsonPropertyName("runs")] IReadOnlyList<TextRunJson>? Runs)
{
    public string? Value => SimpleText ?? (Runs is { Count: > 0 } ? string.Concat(Runs.Select(r => r.Text)) : null);
}

internal sealed record TextRunJson(
    [property: JsonPropertyName("text")] string? Text);
