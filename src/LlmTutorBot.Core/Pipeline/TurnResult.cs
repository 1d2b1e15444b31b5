using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>The outcome of one message: the reply, the intent that produced it and the language it is in.</summary>
public sealed record TurnResult(Reply Reply, string Intent, BotLanguage Language);
