using Microsoft.Extensions.Logging;

namespace LlmTutorBot.Redis.Embedded;

/// <summary>Hands Garnet loggers that pass on only the levels chosen per category, under one category prefix.</summary>
internal sealed class MinimumLevelLoggerFactory(ILoggerFactory inner, Func<string, LogLevel> minimum, string categoryPrefix) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) =>
        new FilteredLogger(inner.CreateLogger(categoryPrefix + categoryName), minimum(categoryName));

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    // The host owns the inner factory.
    public void Dispose()
    {
    }

    private sealed class FilteredLogger(ILogger inner, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
