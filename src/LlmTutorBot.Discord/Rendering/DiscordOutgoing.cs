using LlmTutorBot.Core.Replies;
using LlmTutorBot.Discord.JsonModels;

namespace LlmTutorBot.Discord.Rendering;

/// <summary>One Discord message of a reply, with the files it uploads.</summary>
internal sealed record DiscordOutgoing(OutgoingMessage Message, IReadOnlyList<ReplyFile> Files);
