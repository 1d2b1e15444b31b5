using System.Globalization;
using System.Text;
using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rendering;

/// <summary>
/// Shapes a <see cref="Reply"/> into Discord messages within every limit: the text split under 2000 characters,
/// sections as embeds (title, description and total within bounds, at most 10 a message), buttons in rows of five
/// (at most 25; the rest, and those whose command is too long for a custom_id, listed as text), files at most
/// ten a message. Buttons and files go on the last message. No message pings @everyone, @here or a role.
/// </summary>
internal static class DiscordReplyRenderer
{
    /// <summary>Parse nothing: mentions in the bot's text never ping anyone.</summary>
    public static readonly AllowedMentions NoPings = new([]);

    /// <summary>Only the author of the message replied to is notified.</summary>
    public static readonly AllowedMentions ReplyPing = new([], RepliedUser: true);

    public static IReadOnlyList<DiscordOutgoing> Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (buttons, unbuttoned) = Buttons(reply.Buttons);
        var (files, tooLarge) = Files(reply.Files);

        var markdown = new StringBuilder(reply.Markdown.Trim());
        if (unbuttoned.Count > 0)
        {
            markdown.Append("\n\n").AppendJoin('\n', unbuttoned.Select(b => $"- {b.Label}: `{b.Command}`"));
        }

        if (tooLarge.Count > 0)
        {
            markdown.Append("\n\n").AppendJoin('\n', tooLarge.Select(f => string.Create(CultureInfo.InvariantCulture, $"- 📎 {f.FileName}: {f.Content.Length / 1024.0 / 1024.0:F1} MB, too large for Discord")));
        }

        var messages = MessageSplitter.Split(markdown.ToString())
            .Select(text => new OutgoingMessage { Content = text, AllowedMentions = NoPings })
            .ToList();

        AddEmbeds(messages, Embeds(reply.Sections));
        if (messages.Count == 0)
        {
            messages.Add(new OutgoingMessage { Content = "…", AllowedMentions = NoPings });
        }

        var result = messages.Select(m => new DiscordOutgoing(m, [])).ToList();
        if (buttons.Count > 0)
        {
            result[^1] = result[^1] with { Message = result[^1].Message with { Components = buttons } };
        }

        // Files: the last message takes the first ten, further messages carry the rest.
        for (var i = 0; i < files.Count; i += DiscordLimits.FilesPerMessage)
        {
            var batch = files.Skip(i).Take(DiscordLimits.FilesPerMessage).ToList();
            if (i == 0)
            {
                result[^1] = result[^1] with { Files = batch };
            }
            else
            {
                result.Add(new DiscordOutgoing(new OutgoingMessage { AllowedMentions = NoPings }, batch));
            }
        }

        return result;
    }

    /// <summary>A progress line: "⏳ text (3/8)", within the content limit.</summary>
    public static OutgoingMessage Progress(ProgressUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var step = update is { Step: { } current, TotalSteps: { } total }
            ? string.Create(CultureInfo.InvariantCulture, $" ({current}/{total})")
            : "";
        var text = $"⏳ {update.Markdown.Trim()}{step}";
        return new OutgoingMessage { Content = Truncate(text, DiscordLimits.Content), AllowedMentions = NoPings, Components = [] };
    }

    private static (List<ActionRow> Rows, List<ReplyButton> AsText) Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        var fitting = new List<Button>();
        var asText = new List<ReplyButton>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in buttons)
        {
            // A custom_id is at most 100 characters and unique within the message.
            if (fitting.Count < DiscordLimits.ButtonsPerRow * DiscordLimits.Rows
                && button.Command.Length is > 0 and <= DiscordLimits.CustomId
                && seen.Add(button.Command))
            {
                fitting.Add(new Button(Truncate(button.Label, DiscordLimits.ButtonLabel), button.Command));
            }
            else
            {
                asText.Add(button);
            }
        }

        var rows = fitting.Chunk(DiscordLimits.ButtonsPerRow).Select(row => new ActionRow(row)).ToList();
        return (rows, asText);
    }

    private static (List<ReplyFile> Fitting, List<ReplyFile> TooLarge) Files(IReadOnlyList<ReplyFile> files) =>
        (files.Where(f => f.Content.Length <= DiscordLimits.FileBytes).ToList(), files.Where(f => f.Content.Length > DiscordLimits.FileBytes).ToList());

    /// <summary>A section per embed; a description too long for one continues in the next embed of the same title.</summary>
    private static List<Embed> Embeds(IReadOnlyList<ReplySection> sections)
    {
        var embeds = new List<Embed>();
        foreach (var section in sections)
        {
            var title = Truncate(section.Title.Trim(), DiscordLimits.EmbedTitle);
            var parts = MessageSplitter.Split(section.Markdown.Trim(), DiscordLimits.EmbedDescription);
            if (parts.Count == 0)
            {
                embeds.Add(new Embed(title));
                continue;
            }

            // Each embed, title included, must also fit the 6000-character total of a message on its own.
            foreach (var part in parts.SelectMany(p => title.Length + p.Length <= DiscordLimits.EmbedTotal ? [p] : MessageSplitter.Split(p, DiscordLimits.EmbedTotal - title.Length)))
            {
                embeds.Add(new Embed(title, part));
            }
        }

        return embeds;
    }

    /// <summary>Puts embeds on the last text message while it can hold them (10, 6000 characters), then on new messages.</summary>
    private static void AddEmbeds(List<OutgoingMessage> messages, List<Embed> embeds)
    {
        if (embeds.Count == 0)
        {
            return;
        }

        var current = messages.Count > 0 ? messages[^1] : new OutgoingMessage { AllowedMentions = NoPings };
        if (messages.Count > 0)
        {
            messages.RemoveAt(messages.Count - 1);
        }

        var batch = new List<Embed>();
        var total = 0;
        foreach (var embed in embeds)
        {
            var size = (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0);
            if (batch.Count == DiscordLimits.EmbedsPerMessage || total + size > DiscordLimits.EmbedTotal)
            {
                messages.Add(current with { Embeds = batch });
                current = new OutgoingMessage { AllowedMentions = NoPings };
                batch = [];
                total = 0;
            }

            batch.Add(embed);
            total += size;
        }

        messages.Add(current with { Embeds = batch });
    }

    private static string Truncate(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[limit - 2]) ? limit - 2 : limit - 1), "…");
}
