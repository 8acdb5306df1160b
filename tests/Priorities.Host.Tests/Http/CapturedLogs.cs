using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Priorities.Host.Tests.Http;

/// <summary>A logger provider that keeps every formatted message with its category, for tests to read.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _lines = new();

    public IReadOnlyList<string> Of(string category) =>
        _lines.Where(l => l.Category == category).Select(l => l.Message).ToArray();

    public string All => string.Join("\n", _lines.Select(l => l.Message));

    public ILogger CreateLogger(string categoryName) => new CapturedLogger(categoryName, _lines);

    public void Dispose()
    {
    }
}
