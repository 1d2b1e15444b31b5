using System.Text;
using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;

namespace LlmTutorBot.Core.Handlers;

/// <summary>The catalog as a Markdown list in one language, for /help and the fallback.</summary>
public sealed class CommandList(CommandCatalog catalog)
{
    public string Render(BotLanguage language)
    {
        var builder = new StringBuilder();
        foreach (var command in catalog.Commands)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append("- `").Append(command.Usage).Append("`: ").Append(command.Description[language]);
        }

        return builder.ToString();
    }
}
