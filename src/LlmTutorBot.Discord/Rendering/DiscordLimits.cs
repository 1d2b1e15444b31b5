namespace LlmTutorBot.Discord.Rendering;

/// <summary>Discord's message limits (resources/message.mdx; components).</summary>
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotal = 6000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int ButtonsPerRow = 5;
    public const int Rows = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int FilesPerMessage = 10;
    public const long FileBytes = 10 * 1024 * 1024;
}
