namespace LlmTutorBot.Core.Commands;

internal static class CommandNames
{
    /// <summary>Discord's rule for command and option names, kept for every platform so the catalog works everywhere.</summary>
    public static bool IsValid(string name) =>
        name.Length is >= 1 and <= 32 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
