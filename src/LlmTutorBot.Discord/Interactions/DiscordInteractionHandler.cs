using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Localization;
using LlmTutorBot.Discord.Inbound;
using LlmTutorBot.Discord.JsonModels;
using LlmTutorBot.Discord.Rendering;
using LlmTutorBot.Discord.Rest;
using LlmTutorBot.Discord.Turns;
using Microsoft.Extensions.Logging;
using LlmTutorBot.Core.Hosting;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>
/// Answers interactions from the gateway or the HTTP endpoint within Discord's 3 seconds: PING with PONG,
/// autocomplete with suggestions, and commands and buttons with a deferred answer (type 5) posted at once, the turn
/// then running in the background and editing that answer with its progress and result.
/// </summary>
internal sealed class DiscordInteractionHandler(
    DiscordInboundConverter converter,
    DiscordTurnQueue queue,
    DiscordRestClient rest,
    CommandCatalog catalog,
    DiscordChannelCache channels,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger)
{
    private static readonly LocalizedText Unsupported = new(typeof(DiscordInteractionHandler), nameof(Unsupported));

    private static readonly InteractionResponse Pong = new(InteractionCallbackTypes.Pong);

    private static readonly InteractionResponse Deferred = new(InteractionCallbackTypes.DeferredChannelMessageWithSource);

    /// <summary>
    /// Answers <paramref name="interaction"/>. Returns the answer to give in the HTTP response when
    /// <paramref name="inline"/> allows it; null when the answer was posted to the callback URL (answer the HTTP
    /// request with 202, or nothing on the gateway).
    /// </summary>
    public async Task<InteractionResponse?> HandleAsync(Interaction interaction, bool inline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        switch (interaction.Type)
        {
            case InteractionTypes.Ping:
                return Pong;
            case InteractionTypes.Autocomplete:
                return await AnswerAsync(interaction, Autocomplete(interaction), inline, cancellationToken);
        }

        var turn = interaction.Type is InteractionTypes.ApplicationCommand or InteractionTypes.MessageComponent
            ? converter.FromInteraction(interaction, time.GetUtcNow(), interaction.ChannelId is { } channel ? channels.Find(channel) : null)
            : null;
        if (turn is null)
        {
            var language = BotLanguages.FromLocale(interaction.Locale) ?? BotLanguage.En;
            var refusal = new InteractionResponse(
                InteractionCallbackTypes.ChannelMessageWithSource,
                new InteractionCallbackData(Content: Unsupported[language], Flags: 64, AllowedMentions: DiscordReplyRenderer.NoPings));
            return await AnswerAsync(interaction, refusal, inline, cancellationToken);
        }

        try
        {
            // Posted before the turn is queued, so the turn's first edit finds the deferred answer.
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, Deferred, cancellationToken);
        }
        catch (Exception exception) when (inline && exception is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.RequestFailed(logger, exception, "POST /interactions/{id}/{token}/callback");
            queue.Enqueue(turn);
            return Deferred;
        }

        queue.Enqueue(turn);
        return null;
    }

    private async Task<InteractionResponse?> AnswerAsync(Interaction interaction, InteractionResponse response, bool inline, CancellationToken cancellationToken)
    {
        if (inline)
        {
            return response;
        }

        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken);
        return null;
    }

    private InteractionResponse Autocomplete(Interaction interaction)
    {
        var focused = LanguageAutocomplete.Focused(interaction.Data?.Options);
        IReadOnlyList<AutocompleteChoice> choices = [];
        if (focused is not null
            && interaction.Data?.Name is { } name
            && catalog.TryGet(name, out var command)
            && command.Options.FirstOrDefault(o => o.Name == focused.Name) is { } option
            && LanguageAutocomplete.Applies(option))
        {
            var typed = focused.Value?.StringOrNull();
            choices = LanguageAutocomplete.Suggest(typed, interaction.Locale);
        }

        return new InteractionResponse(InteractionCallbackTypes.AutocompleteResult, new InteractionCallbackData(Choices: choices));
    }
}
