using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Handlers;

namespace LlmTutorBot.Tests.Commands;

public class CommandCatalogUnitTests
{
    [Fact]
    public void A_command_registered_twice_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new CommandCatalog([HelpHandler.Definition, LanguageHandler.Definition, HelpHandler.Definition]));

        Assert.Contains("/help", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_keep_the_order_they_were_registered_in()
    {
        var catalog = new CommandCatalog([ResetHandler.Definition, HelpHandler.Definition, LanguageHandler.Definition]);

        Assert.Equal(["reset", "help", "lang"], catalog.Commands.Select(c => c.Name));
    }

    [Fact]
    public void A_command_is_found_by_its_exact_name_only()
    {
        var catalog = TestCommands.Catalog();

        Assert.True(catalog.TryGet("lang", out var command));
        Assert.Same(LanguageHandler.Definition, command);
        Assert.False(catalog.TryGet("LANG", out _));
        Assert.False(catalog.TryGet("language", out _));
    }

    [Fact]
    public void An_empty_catalog_suggests_nothing()
    {
        Assert.Null(new CommandCatalog([]).Closest("help"));
    }
}
