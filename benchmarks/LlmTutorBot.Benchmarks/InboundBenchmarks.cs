using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Teams.Activities;
using LlmTutorBot.Teams.Inbound;
using NSec.Cryptography;

namespace LlmTutorBot.Benchmarks;

/// <summary>What every inbound message costs before routing: a Teams activity read and converted, a Discord
/// interaction's Ed25519 signature checked, a gateway frame parsed.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class InboundBenchmarks
{
    private const string ActivityJson = """{"type":"message","id":"1","timestamp":"2026-01-01T00:00:00Z","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","from":{"id":"29:user","name":"Ada","aadObjectId":"a1"},"conversation":{"id":"19:chan@thread.skype;messageid=17","conversationType":"channel","tenantId":"t1"},"recipient":{"id":"28:bot","name":"Tutor"},"text":"<at>Tutor</at> what is a token?","textFormat":"plain","locale":"fr-FR","entities":[{"type":"mention","text":"<at>Tutor</at>","mentioned":{"id":"28:bot","name":"Tutor"}}],"channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team"},"channel":{"id":"19:chan"}}}""";
    private const string FrameJson = """{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"9","channel_id":"8","guild_id":"7","type":0,"content":"<@100> what is a token?","author":{"id":"55","username":"ada"},"mentions":[{"id":"100","username":"tutor","bot":true}]}}""";
    private const string InteractionJson = """{"id":"2","application_id":"1","type":2,"token":"t","channel_id":"8","user":{"id":"55"},"data":{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":"what is attention?"}]}}""";

    private readonly byte[] _activity = Encoding.UTF8.GetBytes(ActivityJson);
    private readonly byte[] _frame = Encoding.UTF8.GetBytes(FrameJson);
    private readonly byte[] _interaction = Encoding.UTF8.GetBytes(InteractionJson);
    private InteractionSignature _signature = null!;
    private string _timestamp = "";
    private string _signatureHex = "";

    [GlobalSetup]
    public void Setup()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        _timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _signatureHex = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(_timestamp), .. _interaction]));
        _signature = new InteractionSignature(Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
    }

    [Benchmark(Description = "Teams activity: deserialize and convert")]
    public ActivityConversion TeamsActivity() =>
        ActivityConverter.Convert(JsonSerializer.Deserialize(_activity, BotFrameworkJsonContext.Default.Activity)!);

    [Benchmark(Description = "Discord interaction: Ed25519 verify")]
    public bool VerifyInteraction() => _signature.Verify(_timestamp, _signatureHex, _interaction);

    [Benchmark(Description = "Discord gateway frame: parse")]
    public int ParseFrame() => GatewayFrames.Parse(_frame).Op;
}
