namespace LlmTutorBot.Core.Messaging;

/// <summary>The person who sent a message, as the platform identifies them.</summary>
public sealed record ChatUser(string Id, string? DisplayName = null)
{
    public string Id { get; } = !string.IsNullOrWhiteSpace(Id)
        ? Id
        : throw new ArgumentException("A user needs an id.", nameof(Id));
}
