namespace LlmTutorBot.Discord.JsonModels;

/// <summary>The body of create message, edit message, webhook edit and follow-up requests.</summary>
internal sealed record OutgoingMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageReference? MessageReference { get; init; }

    public IReadOnlyList<AttachmentSlot>? Attachments { get; init; }

    public int? Flags { get; init; }

    /// <summary>Unique per logical message (at most 25 characters), the same in each of its retries.</summary>
    public string? Nonce { get; init; }

    /// <summary>With a nonce: Discord returns the message already created with it instead of posting it twice.</summary>
    public bool? EnforceNonce { get; init; }
}

internal sealed record Embed(string? Title = null, string? Description = null, IReadOnlyList<EmbedField>? Fields = null, EmbedFooter? Footer = null, int? Color = null, string? Url = null);

internal sealed record EmbedField(string Name, string Value, bool? Inline = null);

internal sealed record EmbedFooter(string Text);

/// <summary>A row of components; the bot sends rows of buttons.</summary>
internal sealed record ActionRow(IReadOnlyList<Button> Components, int Type = 1);

internal sealed record Button(string Label, string CustomId, int Style = 2, int Type = 2);

/// <summary>Never ping @everyone, @here or roles; ping only the user whose message is answered, when asked to.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse, bool RepliedUser = false, IReadOnlyList<string>? Users = null);

/// <summary>"attachments[].id = n" for the file sent as files[n].</summary>
internal sealed record AttachmentSlot(int Id, string Filename);

internal sealed record StartThreadRequest(string Name, int AutoArchiveDuration = 1440);

internal sealed record InteractionResponse(int Type, InteractionCallbackData? Data = null);

internal sealed record InteractionCallbackData(
    IReadOnlyList<AutocompleteChoice>? Choices = null,
    string? Content = null,
    int? Flags = null,
    AllowedMentions? AllowedMentions = null);

internal sealed record AutocompleteChoice(string Name, string Value, IReadOnlyDictionary<string, string>? NameLocalizations = null);

/// <summary>The body of a 429 answer.</summary>
internal sealed record RateLimitBody(string? Message, double RetryAfter, bool Global, int? Code = null);
