using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Tests.Infrastructure;

/// <summary>
/// Keeps every log line of every category and level with the scopes it was written in, as a JSON console formatter
/// with IncludeScopes would show them: "{level} {category}: {message} {exception} | scope: {name}={value}…".
/// </summary>
internal sealed class ScopeCapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ScopeCapturingLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope(
                (scope, list) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values)
                    {
                        list.AddRange(values.Where(v => v.Key != "{OriginalFormat}").Select(v => $"{v.Key}={v.Value}"));
                    }
                    else
                    {
                        list.Add(scope?.ToString() ?? "");
                    }
                },
                scopes);
            provider.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} | scope: {string.Join(' ', scopes)}");
        }
    }
}
