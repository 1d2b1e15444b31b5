using LlmTutorBot.Core.Languages;
using LlmTutorBot.Core.Replies;

namespace LlmTutorBot.Teams.Turns;

/// <summary>A turn's progress and then its reply, in Teams: streamed in personal chat, an edited message elsewhere.</summary>
public interface ITeamsReplySink : IProgressSink
{
    Task CompleteAsync(Reply reply, BotLanguage language, CancellationToken cancellationToken);
}
