using LlmTutorBot.Tests.Infrastructure;
using LlmTutorBot.Tests.YouTube;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Valid inputs the mutations start from: synthetic ones written here (so the suite runs without ../shared) plus the
/// recorded payloads of ../shared/fixtures when they are beside the checkout.
/// </summary>
internal static class FuzzSeeds
{
    public const string TeamsServiceUrl = "http://127.0.0.1:9/connector/";

    public static IReadOnlyList<string> TeamsActivities { get; } =
    [
        """{"type":"message","id":"1","timestamp":"2026-01-01T00:00:00Z","serviceUrl":"@service","channelId":"msteams","from":{"id":"29:user","name":"Ada","aadObjectId":"a1"},"conversation":{"id":"19:chan@thread.skype;messageid=17","conversationType":"channel","tenantId":"t1"},"recipient":{"id":"28:bot","name":"Tutor"},"text":"<at>Tutor</at> /summarize https://youtu.be/dQw4w9WgXcQ fr","textFormat":"plain","locale":"fr-FR","entities":[{"type":"mention","text":"<at>Tutor</at>","mentioned":{"id":"28:bot","name":"Tutor"}},{"type":"clientInfo","locale":"fr-FR"}],"channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team"},"channel":{"id":"19:chan"}}}""".Replace("@service", TeamsServiceUrl, StringComparison.Ordinal),
        """{"type":"message","id":"2","serviceUrl":"@service","channelId":"msteams","from":{"id":"29:user"},"conversation":{"id":"a:personal"},"recipient":{"id":"28:bot"},"text":"what is a token?","attachments":[{"contentType":"application/vnd.microsoft.teams.file.download.info","name":"talk.srt","content":{"downloadUrl":"http://127.0.0.1:9/talk.srt","fileType":"srt"}},{"contentType":"text/html","content":"<p>hi</p>"}]}""".Replace("@service", TeamsServiceUrl, StringComparison.Ordinal),
        """{"type":"message","id":"3","serviceUrl":"@service","channelId":"msteams","from":{"id":"29:user"},"conversation":{"id":"a:personal"},"recipient":{"id":"28:bot"},"value":{"command":"/lang zh"}}""".Replace("@service", TeamsServiceUrl, StringComparison.Ordinal),
        """{"type":"invoke","name":"adaptiveCard/action","id":"4","serviceUrl":"@service","channelId":"msteams","from":{"id":"29:user"},"conversation":{"id":"a:personal"},"recipient":{"id":"28:bot"},"value":{"action":{"type":"Action.Execute","verb":"command","data":{"command":"/help"}}}}""".Replace("@service", TeamsServiceUrl, StringComparison.Ordinal),
        """{"type":"conversationUpdate","id":"5","serviceUrl":"@service","channelId":"msteams","from":{"id":"29:user"},"conversation":{"id":"a:personal"},"recipient":{"id":"28:bot"},"membersAdded":[{"id":"28:bot"},{"id":"29:user"}],"locale":"zh-CN"}""".Replace("@service", TeamsServiceUrl, StringComparison.Ordinal),
    ];

    public static IReadOnlyList<string> GatewayFrames { get; } =
    [
        """{"op":10,"d":{"heartbeat_interval":41250},"s":null,"t":null}""",
        """{"op":0,"s":1,"t":"READY","d":{"v":10,"session_id":"abc","resume_gateway_url":"wss://127.0.0.1:9","user":{"id":"100","username":"tutor","bot":true},"application":{"id":"100"},"guilds":[{"id":"7","unavailable":true}]}}""",
        """{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"9","channel_id":"8","guild_id":"7","type":0,"content":"<@100> /translate https://www.youtube.com/watch?v=dQw4w9WgXcQ zh","author":{"id":"55","username":"ada"},"mentions":[{"id":"100","username":"tutor","bot":true}],"attachments":[{"id":"1","filename":"talk.vtt","size":120,"url":"https://cdn.discordapp.com/a/talk.vtt","content_type":"text/vtt"}],"message_reference":{"message_id":"3"}}}""",
        """{"op":0,"s":3,"t":"GUILD_CREATE","d":{"id":"7","name":"g","channels":[{"id":"8","type":0,"guild_id":"7","name":"general"}],"threads":[{"id":"11","type":11,"parent_id":"8","owner_id":"100","name":"t"}]}}""",
        """{"op":0,"s":4,"t":"THREAD_LIST_SYNC","d":{"guild_id":"7","threads":[{"id":"12","type":11,"parent_id":"8","owner_id":"100"}]}}""",
        """{"op":0,"s":5,"t":"CHANNEL_DELETE","d":{"id":"12","type":11}}""",
        """{"op":0,"s":6,"t":"INTERACTION_CREATE","d":{"id":"13","application_id":"100","type":2,"token":"tok","guild_id":"7","channel_id":"8","member":{"user":{"id":"55","username":"ada"}},"locale":"fr","data":{"id":"1","name":"summarize","type":1,"options":[{"name":"url","type":3,"value":"https://youtu.be/dQw4w9WgXcQ"},{"name":"language","type":3,"value":"fr"}]}}}""",
        """{"op":7,"d":null}""",
        """{"op":9,"d":false}""",
        """{"op":11}""",
    ];

    public static IReadOnlyList<string> Interactions { get; } =
    [
        """{"id":"1","application_id":"352205866889641984","type":1,"token":"t","version":1}""",
        """{"id":"2","application_id":"352205866889641984","type":2,"token":"t","channel_id":"8","user":{"id":"55","username":"ada"},"locale":"zh-CN","data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"what is attention?"}]}}""",
        """{"id":"3","application_id":"352205866889641984","type":3,"token":"t","channel_id":"8","guild_id":"7","member":{"user":{"id":"55"}},"message":{"id":"4","channel_id":"8","author":{"id":"100"}},"data":{"custom_id":"cmd:/faq","component_type":2}}""",
        """{"id":"4","application_id":"352205866889641984","type":4,"token":"t","channel_id":"8","user":{"id":"55"},"data":{"name":"translate","type":1,"options":[{"name":"url","type":3,"value":"https://youtu.be/dQw4w9WgXcQ"},{"name":"language","type":3,"value":"fr","focused":true}]}}""",
    ];

    public static IReadOnlyList<string> PlayerResponses { get; } =
    [
        """{"responseContext":{"visitorData":"CgtV"},"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"dQw4w9WgXcQ","title":"Attention","lengthSeconds":"212","author":"Ada","shortDescription":"0:00 Intro\n1:05 Tokens\n2:10 End","isLiveContent":false},"captions":{"playerCaptionsTracklistRenderer":{"captionTracks":[{"baseUrl":"https://www.youtube.com/api/timedtext?v=dQw4w9WgXcQ&lang=en","name":{"runs":[{"text":"English"}]},"vssId":".en","languageCode":"en","isTranslatable":true},{"baseUrl":"https://www.youtube.com/api/timedtext?v=dQw4w9WgXcQ&lang=fr&kind=asr&exp=xpe","name":{"simpleText":"French (auto)"},"vssId":"a.fr","languageCode":"fr","kind":"asr"}],"translationLanguages":[{"languageCode":"zh-Hans","languageName":{"simpleText":"Chinese"}}]}}}""",
        """{"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm your age"}}""",
        """{"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"},"videoDetails":{"videoId":"dQw4w9WgXcQ"}}""",
        """{"playabilityStatus":{"status":"OK"},"videoDetails":{"videoId":"dQw4w9WgXcQ","lengthSeconds":"99999","isLive":true}}""",
    ];

    public static IReadOnlyList<string> CaptionBodies { get; } =
    [
        TimedTextBodies.Srv3(TimedTextBodies.Sample),
        TimedTextBodies.Srv3(TimedTextBodies.Sample, wordParts: true),
        TimedTextBodies.Json3(TimedTextBodies.Sample),
        TimedTextBodies.Srv1(TimedTextBodies.Sample),
    ];

    public static IReadOnlyList<string> SubtitleFiles { get; } =
    [
        "1\n00:00:00,000 --> 00:00:01,540\nHey, this is a caption\n\n2\n00:00:01,540 --> 00:00:05,700\n<i>second</i> line\nand more\n\n",
        "WEBVTT\n\nNOTE a note\n\n00:00.000 --> 00:01.540 align:start\nHey\n\nid-2\n01:00:01.540 --> 01:00:05.700\n<v Ada>second</v>\n",
        "\ufeff1\r\n00:00:00,000 --> 00:00:01,000\r\n中文字幕\r\n\r\n",
    ];

    public static IReadOnlyList<string> Links { get; } =
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
        "see youtu.be/dQw4w9WgXcQ?si=abc and https://m.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ https://youtube.com/live/dQw4w9WgXcQ https://music.youtube.com/watch?v=dQw4w9WgXcQ",
        "dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=3",
    ];

    public static IReadOnlyList<string> CommandTexts { get; } =
    [
        "/translate https://youtu.be/dQw4w9WgXcQ fr",
        "/summarize url:https://www.youtube.com/watch?v=dQw4w9WgXcQ language:zh",
        "/ask \"what is a transformer?\"",
        "/lang fr", "/help", "/reset", "/faq", "what is attention?", "  <@123>  /ask   quoi ?  ",
    ];

    public static IReadOnlyList<string> WithFixtures(IReadOnlyList<string> synthetic, string pattern, params string[][] folders) =>
        [.. synthetic, .. folders.SelectMany(folder => SharedFixtures.ReadAllOrNone(pattern, folder))];
}
