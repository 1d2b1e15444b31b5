using System.Text;
using System.Text.Json;
using LlmTutorBot.Discord.Gateway;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated gateway frames through what the gateway client does with them: a frame that is not JSON of the right shape
/// is refused with a JsonException (the client resumes on it, or logs and drops the event); every other event reaches
/// the real dispatcher (fake REST on loopback) without any other exception.
/// </summary>
public sealed class DiscordGatewayFuzzTests : IAsyncLifetime
{
    private const string BotId = "100";

    private static readonly IReadOnlyList<string> FrameSeeds = FuzzSeeds.WithFixtures(
        FuzzSeeds.GatewayFrames, "*.json", ["discord", "discord4j-discord-json"], ["discord", "remora-synthetic"], ["discord", "twilight-extracted"]);

    private FakeDiscordRest _rest = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _services = DiscordTestServices.Build(_rest, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public void Mutated_gateway_frames_are_refused_as_bad_json_or_dispatched_without_an_exception()
    {
        var dispatcher = _services.GetRequiredService<IGatewayDispatchHandler>();
        _services.GetRequiredService<DiscordBotIdentity>().UserId = BotId;
        var dispatched = 0;
        Fuzz.Run(
            "Discord gateway frame",
            3000,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(FrameSeeds)),
            bytes =>
            {
                try
                {
                    var frame = GatewayFrames.Parse(bytes);
                    if (frame.Op != GatewayOpcodes.Dispatch)
                    {
                        return;
                    }

                    if (frame.T == "READY")
                    {
                        _ = GatewayFrames.Ready(frame);
                    }

                    dispatched++;
                    dispatcher.HandleAsync(0, frame.T ?? "", frame.D, TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult();
                    _services.GetRequiredService<DiscordBotIdentity>().UserId = BotId;
                }
                catch (JsonException)
                {
                    // Documented: the client resumes on an unreadable frame and logs an event it cannot read.
                }
            },
            bytes => Encoding.UTF8.GetString(bytes));

        Assert.True(dispatched > 100, $"Only {dispatched} mutated dispatch frames parsed.");
    }
}
