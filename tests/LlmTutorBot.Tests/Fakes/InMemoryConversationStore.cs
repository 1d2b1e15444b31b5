using System.Collections.Concurrent;
using LlmTutorBot.Core.Messaging;
using LlmTutorBot.Core.Quotas;
using LlmTutorBot.Core.State;

namespace LlmTutorBot.Tests.Fakes;

/// <summary>A conversation store in a dictionary, for pipeline tests that do not exercise Redis.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationAddress, ConversationState> _conversations = new();
    private readonly ConcurrentDictionary<ChatUser, Core.Languages.BotLanguage?> _users = new();
    private readonly object _gate = new();

    public int Loads { get; private set; }

    /// <summary>The shared logs written through <see cref="StateChanges.AppendToLog"/>, by name.</summary>
    public ConcurrentDictionary<string, List<string>> Logs { get; } = new();

    public int Saves { get; private set; }

    /// <summary>When true, every call behaves as an unreachable store.</summary>
    public bool Unreachable { get; set; }

    /// <summary>When set, every message's load says it is over this rate limit, as the Redis store does.</summary>
    public QuotaExceeded? OverQuota { get; set; }

    public async Task<ConversationState> LoadAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var state = await LoadAsync(message.Conversation, message.User, cancellationToken);
        return OverQuota is null ? state : state with { QuotaExceeded = OverQuota };
    }

    public Task<ConversationState> LoadAsync(ConversationAddress conversation, ChatUser user, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Loads++;
            if (Unreachable)
            {
                return Task.FromResult(ConversationState.Unavailable);
            }

            var state = _conversations.GetValueOrDefault(conversation) ?? ConversationState.Empty;
            return Task.FromResult(state with { UserLanguage = _users.GetValueOrDefault(user) });
        }
    }

    public Task<bool> SaveAsync(ConversationAddress conversation, ChatUser user, ConversationUpdate update, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Saves++;
            if (Unreachable)
            {
                return Task.FromResult(false);
            }

            var changes = update.Changes;
            var state = changes.ForgetConversation ? ConversationState.Empty : _conversations.GetValueOrDefault(conversation) ?? ConversationState.Empty;
            if (changes.ConversationLanguage is { } language)
            {
                state = state with { Language = language.Value };
            }

            if (changes.CurrentVideo is { } video)
            {
                state = state with { CurrentVideo = video.Value };
            }

            if (changes.Topic is { } topic)
            {
                state = state with { Topic = topic.Value };
            }

            foreach (var append in changes.LogAppends)
            {
                var log = Logs.GetOrAdd(append.Log, _ => []);
                log.Add(append.Line);
                if (log.Count > append.Cap)
                {
                    log.RemoveRange(0, log.Count - append.Cap);
                }
            }

            if (update.Intent is not null)
            {
                state = state with { LastIntent = update.Intent };
            }

            state = state with { Turns = [.. state.Turns, .. update.NewTurns] };
            _conversations[conversation] = state;
            if (changes.UserLanguage is { } userLanguage)
            {
                _users[user] = userLanguage.Value;
            }

            return Task.FromResult(true);
        }
    }
}
