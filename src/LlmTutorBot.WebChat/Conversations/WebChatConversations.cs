using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.WebChat.Conversations;

/// <summary>
/// The web chat's conversations and tokens, in memory (one process, a local chat). A token is 32 random bytes,
/// scoped to one conversation and expiring; conversations unused for <see cref="WebChatOptions.ConversationLifetime"/>
/// are forgotten, with their tokens, whenever a new one is made.
/// </summary>
public sealed class WebChatConversations(IOptions<WebChatOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, WebChatConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);

    public int TokenLifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    /// <summary>
    /// A new conversation and a token for it; null when <see cref="WebChatOptions.MaxConversations"/> are held.
    /// <paramref name="clientScope"/> ("ip:{address}" for public conversations) is who its turns are charged to.
    /// </summary>
    public (WebChatConversation Conversation, string Token)? Create(string? clientScope = null)
    {
        Sweep();
        if (_conversations.Count >= options.Value.MaxConversations)
        {
            return null;
        }

        var conversation = new WebChatConversation(RandomId(12), options.Value.MaxActivitiesPerConversation, time.GetUtcNow()) { ClientScope = clientScope };
        _conversations[conversation.Id] = conversation;
        return (conversation, Issue(conversation.Id));
    }

    /// <summary>A fresh token for the conversation the given (valid) grant is for.</summary>
    public string Issue(string conversationId)
    {
        var token = RandomId(32);
        _tokens[token] = new TokenGrant(conversationId, time.GetUtcNow() + options.Value.TokenLifetime);
        return token;
    }

    /// <summary>
    /// Checks a token: 401 when missing or unknown, 403 TokenExpired when expired, 403 when it is for another
    /// conversation than <paramref name="conversationId"/> (null: any, the token's own).
    /// </summary>
    public Authorization Authorize(string? token, string? conversationId)
    {
        if (string.IsNullOrEmpty(token) || !_tokens.TryGetValue(token, out var grant) || !_conversations.TryGetValue(grant.ConversationId, out var conversation))
        {
            return Authorization.Deny(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required (Authorization: Bearer <token>).");
        }

        var now = time.GetUtcNow();
        if (now >= grant.ExpiresAt)
        {
            return Authorization.Deny(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; generate a new one.");
        }

        if (conversationId is not null && !string.Equals(conversationId, grant.ConversationId, StringComparison.Ordinal))
        {
            return Authorization.Deny(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");
        }

        conversation.Touch(now);
        return Authorization.Allow(conversation);
    }

    private static string RandomId(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastUsed > options.Value.ConversationLifetime)
            {
                _conversations.TryRemove(id, out _);
            }
        }

        foreach (var (token, grant) in _tokens)
        {
            if (now >= grant.ExpiresAt || !_conversations.ContainsKey(grant.ConversationId))
            {
                _tokens.TryRemove(token, out _);
            }
        }
    }
}
