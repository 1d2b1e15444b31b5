using Microsoft.Extensions.Options;

namespace LlmTutorBot.Discord.Interactions;

/// <summary>The verifier for the configured public key, imported once.</summary>
internal sealed class InteractionSignatureProvider(IOptions<DiscordOptions> options)
{
    private readonly Lazy<InteractionSignature> _current = new(() => new InteractionSignature(
        options.Value.PublicKey ?? throw new InvalidOperationException("Discord:PublicKey is not set.")));

    public InteractionSignature Current => _current.Value;
}
