using System.Diagnostics.CodeAnalysis;

namespace LlmTutorBot.Core.Commands;

/// <summary>
/// Every command the bot answers, in the order features registered them. Features add theirs with
/// <c>services.AddBotCommand(...)</c>; nothing else lists commands.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, CommandDefinition> _byName;

    public CommandCatalog(IEnumerable<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        _byName = new Dictionary<string, CommandDefinition>(StringComparer.Ordinal);
        foreach (var command in Commands)
        {
            if (!_byName.TryAdd(command.Name, command))
            {
                throw new ArgumentException($"The command /{command.Name} is registered twice.", nameof(commands));
            }
        }
    }

    public IReadOnlyList<CommandDefinition> Commands { get; }

    public bool TryGet(string name, [NotNullWhen(true)] out CommandDefinition? command) =>
        _byName.TryGetValue(name, out command);

    /// <summary>The registered command closest to a mistyped name, when one is close enough to be a typo.</summary>
    public CommandDefinition? Closest(string name)
    {
        CommandDefinition? best = null;
        var bestDistance = int.MaxValue;
        foreach (var command in Commands)
        {
            var distance = EditDistance(name, command.Name);
            if (distance < bestDistance)
            {
                best = command;
                bestDistance = distance;
            }
        }

        var tolerance = Math.Max(1, Math.Min(name.Length, best?.Name.Length ?? 0) / 3);
        return bestDistance <= tolerance ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // Two swapped letters ("/hepl") are one typo, not two.
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
