namespace Priorities.Engine.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used until this is fixed.</summary>
    Error,

    /// <summary>The input can be used, but something is probably wrong.</summary>
    Warning,
}
