using LlmTutorBot.Core.Commands;
using LlmTutorBot.Core.Languages;
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
    private static readonly InteractionResponse Pong = new(InteractionCallbackTypes.Pong);

    private static readonly InteractionResponse Deferred = new(InteractionCallbackTypes.DeferredChannelMessageWithSource);

    /// <summary>Deferred so that only the user sees the answer (flag 64), for /help, /lang and /reset.</summary>
    private static readonly InteractionResponse DeferredEphemeral = new(InteractionCallbackTypes.DeferredChannelMessageWithSource, new InteractionCallbackData(Flags: Ephemeral));

    private const int Ephemeral = 64;

    /// <summary>Commands whose answers only their user sees.</summary>
    private static readonly HashSet<string> Private = new(StringComparer.Ordinal) { "help", "lang", "reset" };

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

        var language = BotLanguages.FromLocale(interaction.Locale) ?? BotLanguage.En;
        string? targetMessage = null;
        if (MessageCommands.IsMessageCommand(interaction))
        {
            var (asSlash, targetId, problem) = MessageCommands.Read(interaction, catalog);
            if (problem is not null)
            {
                return await AnswerAsync(interaction, Refusal(problem[language]), inline, cancellationToken);
            }

            interaction = asSlash ?? interaction;
            targetMessage = targetId;
        }

        var name = interaction.Type == InteractionTypes.ApplicationCommand ? interaction.Data?.Name : null;
        if (name is not null && catalog.TryGet(name, out var definition) && definition.ModeratorsOnlyInGroups
            && LanguageAutocomplete.Focused(interaction.Data?.Options) is null
            && !IsScopeMe(interaction.Data?.Options)
            && !MessageCommands.MayModerate(interaction))
        {
            return await AnswerAsync(interaction, Refusal(DiscordText.ResetNeedsPermission[language]), inline, cancellationToken);
        }

        var turn = interaction.Type is InteractionTypes.ApplicationCommand or InteractionTypes.MessageComponent
            ? converter.FromInteraction(interaction, time.GetUtcNow(), interaction.ChannelId is { } channel ? channels.Find(channel) : null)
            : null;
        if (turn is null)
        {
            return await AnswerAsync(interaction, Refusal(DiscordText.Unsupported[language]), inline, cancellationToken);
        }

        if (targetMessage is not null)
        {
            // Answered like /summarize, with the thread on the message the command was used on.
            turn = turn with { Route = turn.Route with { UserMessageId = targetMessage } };
        }

        var deferred = name is not null && Private.Contains(name) ? DeferredEphemeral : Deferred;
        if (deferred == DeferredEphemeral)
        {
            turn = turn with { Route = turn.Route with { Interaction = turn.Route.Interaction! with { Ephemeral = true } } };
        }

        try
        {
            // Posted before the turn is queued, so the turn's first edit finds the deferred answer.
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, deferred, cancellationToken);
        }
        catch (Exception exception) when (inline && exception is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            DiscordLog.RequestFailed(logger, exception, "POST /interactions/{id}/{token}/callback");
            queue.Enqueue(turn);
            return deferred;
        }

        queue.Enqueue(turn);
        return null;
    }

    /// <summary>"/reset scope: me": the sender's own preferences, which anyone may reset.</summary>
    private static bool IsScopeMe(IReadOnlyList<InteractionOption>? options) =>
        options is { Count: > 0 } && options.Any(o => o.Name == Core.Handlers.ResetHandler.ScopeOption && o.Value?.StringOrNull() == Core.Handlers.ResetHandler.ScopeMe);

    /// <summary>A refusal or explanation only the user sees.</summary>
    private static InteractionResponse Refusal(string text) => new(
        InteractionCallbackTypes.ChannelMessageWithSource,
        new InteractionCallbackData(Content: text, Flags: Ephemeral, AllowedMentions: DiscordReplyRenderer.NoPings));

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
