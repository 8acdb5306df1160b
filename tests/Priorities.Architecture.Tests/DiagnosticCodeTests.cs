namespace Priorities.Architecture.Tests;

/// <summary>
/// Diagnostic codes live in one catalogue per layer, never as literals elsewhere in src, and each is described in
/// exactly one row of a README table.
/// </summary>
public sealed class DiagnosticCodeTests
{
    [Fact]
    public void Literals_SourceOutsideCatalogues_FindsNone()
    {
        var found = Repository.Files("src", "*.cs")
            .Where(f => !DiagnosticCodes.Catalogues.Contains(f))
            .SelectMany(f => DiagnosticCodes.Literals(File.ReadAllText(Path.Combine(Repository.Root, f)))
                .Select(hit => $"{f}:{hit.Line}: literal code {hit.Code}; use the layer's code catalogue"))
            .ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Literals_CallWithLiteralCode_FindsItsLine()
    {
        const string text = "bag.Error(RulesCodes.UnknownKey, at, m);\nbag.Error(\"PR1002\", at, m);\n// PR1003 in a comment";

        Assert.Equal([(2, "PR1002")], DiagnosticCodes.Literals(text));
    }

    [Fact]
    public void Constants_EveryCatalogue_EachInExactlyOneReadmeTableRow()
    {
        var rows = Repository.Files(".", "*.md")
            .SelectMany(f => DiagnosticCodes.TableRows(File.ReadAllText(Path.Combine(Repository.Root, f)))
                .Select(row => (row.Code, Place: $"{f}:{row.Line}")))
            .ToLookup(r => r.Code, r => r.Place, StringComparer.Ordinal);
        var codes = DiagnosticCodes.Catalogues
            .SelectMany(c => DiagnosticCodes.Constants(File.ReadAllText(Path.Combine(Repository.Root, c))).Select(code => (code, c)))
            .ToList();

        var wrong = codes.Where(c => rows[c.code].Count() != 1)
            .Select(c => $"{c.code} ({c.c}) is in {rows[c.code].Count()} README table rows: {string.Join(", ", rows[c.code])}")
            .Concat(rows.Where(r => !codes.Any(c => c.code == r.Key)).Select(r => $"{r.Key} in {string.Join(", ", r)} is in no catalogue"))
            .ToList();

        Assert.NotEmpty(codes);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Constants_EveryCatalogue_AreUniqueAcrossLayers()
    {
        var codes = DiagnosticCodes.Catalogues
            .SelectMany(c => DiagnosticCodes.Constants(File.ReadAllText(Path.Combine(Repository.Root, c))))
            .ToList();

        var twice = codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(twice);
    }
}
