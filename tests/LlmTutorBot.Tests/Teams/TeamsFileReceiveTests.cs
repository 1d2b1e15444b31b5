using System.Text.Json;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.YouTube;
using LlmTutorBot.YouTube.Subtitles;
using LlmTutorBot.YouTube.Transcripts;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>A subtitle file a user sends in personal chat arrives as file download info, and is read from its download URL.</summary>
public sealed class TeamsFileReceiveTests(RedisFixture redis) : IAsyncLifetime
{
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task A_vtt_file_sent_in_personal_chat_is_downloaded_from_teams_download_url_and_summarized()
    {
        await using var files = await FakeYouTube.StartAsync();
        files.Attachments["talk.vtt"] = SubtitleWriter.ToVtt(
            [.. TimedTextBodies.Long(TimeSpan.FromMinutes(6)).Select(c => new TranscriptSegment(TimeSpan.FromMilliseconds(c.StartMs), TimeSpan.FromMilliseconds(c.DurationMs), c.Text))]);
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("YouTube:AttachmentHosts", "127.0.0.1"));
        using var client = factory.CreateClient();
        var activity = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "summarize this please") with
        {
            Attachments =
            [
                new ActivityAttachment("application/vnd.microsoft.teams.file.download.info")
                {
                    Name = "talk.vtt",
                    ContentUrl = "https://contoso-my.sharepoint.com/personal/ada/Documents/Microsoft Teams Chat Files/talk.vtt",
                    Content = JsonSerializer.SerializeToElement(new Dictionary<string, string>
                    {
                        ["downloadUrl"] = $"{files.BaseUrl.TrimEnd('/')}/attachments/talk.vtt",
                        ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                        ["fileType"] = "vtt",
                    }),
                },
            ],
        };

        using var response = await TeamsHost.PostAsync(client, activity, _fake.Token());
        var reply = (await _fake.WaitForAsync(c => c.IsMessage && Shown(c.Activity).Contains("talk.vtt", StringComparison.Ordinal)))[0];

        Assert.Contains("the subtitle file you attached", Shown(reply.Activity), StringComparison.Ordinal);
    }

    private static string Shown(Activity activity) =>
        activity.Text ?? (activity.Attachments is [{ Content: { } card }, ..] ? card.GetRawText() : "");
}
