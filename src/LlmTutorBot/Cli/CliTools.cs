namespace LlmTutorBot.Cli;

/// <summary>Every operator command of the CLI. A feature with a command adds it here.</summary>
internal static class CliTools
{
    public static IReadOnlyList<ICliTool> All { get; } = [new FaqTool(), new TeamsCliTool(), new DiscordCliTool(), new YouTubeCliTool(), new DoctorTool()];

    public static ICliTool? Find(string verb) => All.FirstOrDefault(t => t.Verb == verb);
}
