using System.Net;
using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Hosting;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Connector;
using LlmTutorBot.Teams.Files;
using LlmTutorBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LlmTutorBot.Tests.Teams.TeamsFixtures;

namespace LlmTutorBot.Tests.Teams;

/// <summary>
/// The file consent flow end to end, through /api/messages and the fake Connector and upload URL on loopback: the
/// offer is remembered, an accept uploads and shows a file info card, a decline answers politely, and forged answers
/// (an offer never made, an upload URL elsewhere) are refused with a reason, writing and sending nothing.
/// </summary>
public sealed class TeamsFileConsentTests(RedisFixture redis) : IAsyncLifetime
{
    private static readonly byte[] Srt = Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:02,000\nBonjour\n");
    private FakeBotFramework _fake = null!;

    public async ValueTask InitializeAsync() => _fake = await FakeBotFramework.StartAsync();

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task An_accepted_file_is_put_at_the_upload_url_with_its_range_then_shown_with_a_file_info_card()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:FileUploadHosts", "127.0.0.1"));
        using var client = factory.CreateClient();
        var (offerId, invoke) = await OfferAsync(factory.Services);

        using var response = await TeamsHost.PostAsync(client, Consent(invoke, "accept", offerId, _fake.UploadUrl("talk.fr.srt")), _fake.Token());
        var card = (await _fake.WaitForAsync(c => c.IsMessage && c.Activity.Attachments?.Any(a => a.ContentType == FileInfoCard.ContentType) == true)).Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(_fake.Uploads);
        Assert.Equal(Srt, upload.Content);
        Assert.Equal($"bytes 0-{Srt.Length - 1}/{Srt.Length}", upload.ContentRange);
        var info = Assert.Single(card.Activity.Attachments!);
        Assert.Equal("talk.fr.srt", info.Name);
        Assert.Equal("https://127.0.0.1/personal/ada/Documents/talk.fr.srt", info.ContentUrl);
        Assert.Equal("onedrive-unique-id", info.Content!.Value.GetProperty("uniqueId").GetString());
        Assert.Equal("srt", info.Content.Value.GetProperty("fileType").GetString());
    }

    [Fact]
    public async Task A_declined_file_gets_a_polite_reply_and_no_upload()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:FileUploadHosts", "127.0.0.1"));
        using var client = factory.CreateClient();
        var (offerId, invoke) = await OfferAsync(factory.Services);

        using var response = await TeamsHost.PostAsync(client, Consent(invoke, "decline", offerId, null), _fake.Token());
        var reply = (await _fake.WaitForAsync(c => c.IsMessage)).Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("talk.fr.srt", reply.Activity.Text, StringComparison.Ordinal);
        Assert.Empty(_fake.Uploads);
    }

    [Fact]
    public async Task An_answer_for_a_file_never_offered_is_refused_with_a_reason_and_nothing_is_uploaded_or_sent()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:FileUploadHosts", "127.0.0.1"));
        using var client = factory.CreateClient();
        var (_, invoke) = await OfferAsync(factory.Services);
        var forged = new string('A', 43);

        using var response = await TeamsHost.PostAsync(client, Consent(invoke, "accept", forged, _fake.UploadUrl("evil.srt")), _fake.Token());
        using var marker = await TeamsHost.PostAsync(client, TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json", text: "/help"), _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("never offered", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(_fake.Uploads);
        Assert.DoesNotContain(_fake.Calls, c => c.Activity.Attachments?.Any(a => a.ContentType == FileInfoCard.ContentType) == true);
    }

    [Fact]
    public async Task An_upload_url_on_a_host_teams_does_not_upload_to_is_refused_and_the_offer_stays()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake);
        using var client = factory.CreateClient();
        var (offerId, invoke) = await OfferAsync(factory.Services);

        using var refused = await TeamsHost.PostAsync(client, Consent(invoke, "accept", offerId, _fake.UploadUrl("talk.fr.srt")), _fake.Token());
        using var declined = await TeamsHost.PostAsync(client, Consent(invoke, "decline", offerId, null), _fake.Token());
        await _fake.WaitForAsync(c => c.IsMessage);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("FileUploadHosts", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(_fake.Uploads);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
    }

    [Fact]
    public async Task An_offer_is_answered_once_and_only_in_its_own_conversation()
    {
        await using var factory = TeamsHost.Create(redis.ConnectionString, _fake, ("BotFramework:FileUploadHosts", "127.0.0.1"));
        using var client = factory.CreateClient();
        var (offerId, invoke) = await OfferAsync(factory.Services);
        var elsewhere = invoke with { Conversation = invoke.Conversation! with { Id = "a:another-conversation" } };

        using var other = await TeamsHost.PostAsync(client, Consent(elsewhere, "decline", offerId, null), _fake.Token());
        using var first = await TeamsHost.PostAsync(client, Consent(invoke, "decline", offerId, null), _fake.Token());
        using var again = await TeamsHost.PostAsync(client, Consent(invoke, "decline", offerId, null), _fake.Token());

        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public void Upload_hosts_match_exactly_or_as_subdomains_of_a_wildcard()
    {
        Assert.True(HostList.Allows("*.sharepoint.com", "contoso-my.sharepoint.com"));
        Assert.False(HostList.Allows("*.sharepoint.com", "sharepoint.com.evil.example"));
        Assert.False(HostList.Allows("*.sharepoint.com", "evilsharepoint.com"));
        Assert.True(HostList.Allows("127.0.0.1, *.sharepoint.com", "127.0.0.1"));
        Assert.False(HostList.Allows("*.sharepoint.com", "127.0.0.1"));
    }

    // Offers a file in the recorded personal chat, as a reply with a file would; returns the offer id from the card.
    private async Task<(string OfferId, Activity Invoke)> OfferAsync(IServiceProvider services)
    {
        var invoke = TeamsHost.Recorded(_fake, Recordings2019, "personal_message.activity.json");
        var reference = new ConversationReference(_fake.ServiceUrl, invoke.Conversation!.Id!, invoke.Id, invoke.Recipient?.Id, invoke.Recipient?.Name, null, "msteams", "personal");
        var card = await services.GetRequiredService<TeamsFileOffers>().OfferAsync(reference, new ReplyFile("talk.fr.srt", "application/x-subrip", Srt), "talk.fr.srt", "fr-FR");
        Assert.Equal(FileConsentCard.ContentType, card.ContentType);
        Assert.Equal(Srt.Length, card.Content!.Value.GetProperty("sizeInBytes").GetInt64());
        var offerId = card.Content.Value.GetProperty("acceptContext").GetProperty("offerId").GetString()!;
        Assert.Equal(offerId, card.Content.Value.GetProperty("declineContext").GetProperty("offerId").GetString());
        return (offerId, invoke);
    }

    private static Activity Consent(Activity recorded, string action, string offerId, string? uploadUrl)
    {
        var value = new Dictionary<string, object?>
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = new Dictionary<string, string> { ["offerId"] = offerId },
        };
        if (uploadUrl is not null)
        {
            value["uploadInfo"] = new Dictionary<string, string>
            {
                ["name"] = "talk.fr.srt",
                ["uploadUrl"] = uploadUrl,
                ["contentUrl"] = "https://127.0.0.1/personal/ada/Documents/talk.fr.srt",
                ["uniqueId"] = "onedrive-unique-id",
                ["fileType"] = "srt",
            };
        }

        return recorded with
        {
            Id = $"invoke-{Guid.NewGuid():N}",
            Type = ActivityTypes.Invoke,
            Name = ActivityTypes.FileConsent,
            Text = null,
            Value = JsonSerializer.SerializeToElement(value),
        };
    }
}
