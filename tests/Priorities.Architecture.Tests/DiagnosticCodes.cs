using System.Text.RegularExpressions;

namespace Priorities.Architecture.Tests;

/// <summary>
/// The diagnostic code catalogues, one per layer, and the scans that find codes: as string literals in C# source and
/// as the first cell of a Markdown table row.
/// </summary>
internal static partial class DiagnosticCodes
{
    /// <summary>The one catalogue of each layer, relative to the repository root.</summary>
    public static readonly string[] Catalogues =
    [
        "src/Priorities.Engine/Diagnostics/EngineCodes.cs",
        "src/Priorities.Rules/Diagnostics/RulesCodes.cs",
        "src/Priorities.Import/ImportCodes.cs",
        "src/Priorities.Host/Http/HttpCodes.cs",
    ];

    /// <summary>The codes of the string literals in <paramref name="text"/>, with their one-based lines.</summary>
    public static IEnumerable<(int Line, string Code)> Literals(string text) => Matches(text, LiteralCode());

    /// <summary>The codes that open a Markdown table row in <paramref name="text"/>, with their one-based lines.</summary>
    public static IEnumerable<(int Line, string Code)> TableRows(string text) => Matches(text, TableRowCode());

    /// <summary>The values of the <c>const string</c> fields of a catalogue's source.</summary>
    public static IEnumerable<string> Constants(string text) =>
        ConstantCode().Matches(text).Select(m => m.Groups["code"].Value);

    private static IEnumerable<(int Line, string Code)> Matches(string text, Regex pattern)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in pattern.Matches(lines[i])) yield return (i + 1, m.Groups["code"].Value);
        }
    }

    [GeneratedRegex("\"(?<code>(?:PR|EXP|ENG)[0-9]{3,4})\"")]
    private static partial Regex LiteralCode();

    [GeneratedRegex(@"^\s*\|\s*`?(?<code>(?:PR|EXP|ENG)[0-9]{3,4})`?\s*\|")]
    private static partial Regex TableRowCode();

    [GeneratedRegex("const\\s+string\\s+\\w+\\s*=\\s*\"(?<code>[^\"]+)\"")]
    private static partial Regex ConstantCode();
}
