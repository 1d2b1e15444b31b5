using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Teams.Files;

/// <summary>
/// Puts an accepted file at the upload URL Teams gave (a pre-authorized OneDrive upload session): one PUT with the
/// whole content and "Content-Range: bytes 0-{n-1}/{n}". Failures are logged and returned as false.
/// </summary>
public sealed class TeamsFileUploader(HttpClient http, ILogger<TeamsFileUploader> logger)
{
    public async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content) };
            request.Content.Headers.ContentLength = content.Length;
            request.Content.Headers.ContentRange = content.Length > 0 ? new ContentRangeHeaderValue(0, content.Length - 1, content.Length) : null;
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            TeamsLog.FileUploadFailed(logger, uploadUrl.Host, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            return false;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            TeamsLog.FileUploadFailed(logger, uploadUrl.Host, exception.GetType().Name);
            return false;
        }
    }
}
