using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Priorities.Host.Tests.Http;

/// <summary>The logger of <see cref="CapturedLogs"/>: every message, formatted, with its category.</summary>
internal sealed class CapturedLogger(string category, ConcurrentQueue<(string Category, string Message)> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue((category, formatter(state, exception)));
}
