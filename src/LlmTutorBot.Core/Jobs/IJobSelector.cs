using LlmTutorBot.Core.Messaging;

namespace LlmTutorBot.Core.Jobs;

/// <summary>Says which messages start a long turn (a video summary, a translation) that goes through the job queue.</summary>
public interface IJobSelector
{
    bool IsJob(InboundMessage message);
}
