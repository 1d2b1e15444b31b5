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

    /// <summary>Edits between two names, a swap of neighbours ("hepl") counting as one (optimal string alignment).</summary>
    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
