using System.ComponentModel.DataAnnotations;
using LlmTutorBot.Core.Languages;
using Microsoft.Extensions.Options;

namespace LlmTutorBot.Core.Pipeline;

/// <summary>The bot's identity and the limits of what it reads.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The name the bot introduces itself with.</summary>
    [Required]
    [StringLength(64, MinimumLength = 1)]
    public string Name { get; set; } = "LlmTutorBot";

    /// <summary>Longer messages are refused with an explanation (Teams allows about 28 KB, Discord 4,000 characters).</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 8_000;

    /// <summary>
    /// The bot's public HTTPS address, such as "https://bot.example.com": result files are linked at
    /// {PublicBaseUrl}/files/{id}/{name}. Empty: no links (Teams channels then get the text inline).
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }

    /// <summary>The reply language when neither the user, the message, the conversation nor the platform's locale decides.</summary>
    public BotLanguage DefaultLanguage { get; set; } = BotLanguage.En;
}

[OptionsValidator]
public sealed partial class BotOptionsValidator : IValidateOptions<BotOptions>;
