using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.YouTube.Hosting;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Transcripts;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.YouTube.Attachments;

/// <summary>
/// Reads a .srt or .vtt file the user attached into a transcript. Downloads only from
/// <see cref="YouTubeOptions.AttachmentHosts"/>, at most <see cref="YouTubeOptions.MaxAttachmentBytes"/>.
/// </summary>
public sealed class SubtitleAttachmentReader
{
    private readonly HttpClient _http;
    private readonly YouTubeOptions _options;

    public SubtitleAttachmentReader(HttpClient http, IOptions<YouTubeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _http.Timeout = _options.RequestTimeout;
        _http.MaxResponseContentBufferSize = _options.MaxAttachmentBytes;
    }

    public int MaxKilobytes => _options.MaxAttachmentBytes / 1000;

    public static InboundAttachment? FindSubtitleFile(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Attachments.FirstOrDefault(a => SubtitleParser.IsSubtitleFileName(a.Name));
    }

    /// <summary>The transcript, or the reason it could not be read (a sentence for the user).</summary>
    public async Task<(Transcript? Transcript, Core.Localization.LocalizedText? Problem)> ReadAsync(InboundAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.SizeBytes > _options.MaxAttachmentBytes)
        {
            return (null, Handlers.YouTubeText.FileTooBig);
        }

        if (attachment.Url is not { IsAbsoluteUri: true } url || url.Scheme is not ("https" or "http") || !AllowedHost(url.Host))
        {
            return (null, Handlers.YouTubeText.FileNotDownloadable);
        }

        string text;
        try
        {
            text = await _http.GetStringAsync(url, cancellationToken);
        }
        catch (HttpRequestException e) when (e.Message.Contains("buffer", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Handlers.YouTubeText.FileTooBig);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, Handlers.YouTubeText.FileNotDownloadable);
        }

        if (SubtitleParser.Parse(text) is not { } segments)
        {
            return (null, Handlers.YouTubeText.FileNoCues);
        }

        var language = LanguageDetector.Detect(string.Join(' ', segments.Take(50).Select(s => s.Text)))?.Code() ?? "und";
        return (new Transcript { Language = language, Source = TranscriptSource.Attachment, Segments = segments }, null);
    }

    private bool AllowedHost(string host) => HostList.Allows(_options.AttachmentHosts, host);
}
