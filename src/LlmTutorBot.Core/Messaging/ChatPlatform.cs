namespace LlmTutorBot.Core.Messaging;

/// <summary>Where a message came from. The lower-case name is part of every state key.</summary>
public enum ChatPlatform
{
    Cli,
    WebChat,
    Discord,
    Teams,
}
