using System.Text;
using System.Text.Json;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.Interactions;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Tests.Commands;

namespace LlmTutorBot.Tests.Fuzz;

/// <summary>
/// Mutated interaction payloads: one that is not JSON of the right shape is refused with a JsonException (the
/// endpoint answers 400); what parses is converted into a turn or ignored, and autocomplete answered, never thrown.
/// </summary>
public sealed class DiscordFuzzUnitTests
{
    [Fact]
    public void Mutated_interactions_are_refused_as_bad_json_or_converted_without_an_exception()
    {
        var converter = new DiscordInboundConverter(new CommandParser(TestCommands.Catalog()), TestCommands.Catalog());
        var read = 0;
        Fuzz.Run(
            "Discord interaction",
            4000,
            fuzz => fuzz.MutateJsonBytes(fuzz.Pick(FuzzSeeds.Interactions)),
            bytes =>
            {
                Interaction? interaction;
                try
                {
                    interaction = JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.Interaction);
                }
                catch (JsonException)
                {
                    return;
                }

                if (interaction is null)
                {
                    return;
                }

                read++;
                _ = converter.FromInteraction(interaction, DateTimeOffset.UnixEpoch);
                if (LanguageAutocomplete.Focused(interaction.Data?.Options) is { } focused)
                {
                    _ = LanguageAutocomplete.Suggest(focused.Value?.ToString(), interaction.Locale);
                }
            },
            bytes => Encoding.UTF8.GetString(bytes));

        Assert.True(read > 200, $"Only {read} mutated interactions parsed.");
    }
}
