using System.Text.Json;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Cli;

/// <summary>
/// One diagnostic as a JSON object: code, severity, file, line, column (0 when unknown), message and its one-line text.
/// </summary>
internal static class DiagnosticWriter
{
    public static void Write(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("text", diagnostic.ToString());
        json.WriteEndObject();
    }
}
