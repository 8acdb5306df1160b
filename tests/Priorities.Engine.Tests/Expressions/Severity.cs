namespace Priorities.Engine.Tests.Expressions;

/// <summary>An enum property, which a CLR-backed fact type exposes as a string field.</summary>
public enum Severity
{
    Low,
    High,
}
