using Priorities.Engine.Diagnostics;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>
/// Each rule-set problem on its own: an edit of a valid rule set, with <c>^</c> marking where the diagnostic must point.
/// </summary>
public sealed class RuleSetDiagnosticsTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "PR2001", "ruleset: test-set", "ruleset: ^test set", "may hold only letters" },
        { "PR2001", "ruleset: test-set\nversion: 2026.1", "^version: 2026.1", "Missing 'ruleset'" },
        { "PR2002", "version: 2026.1", "version: ^2026 1", "one word" },
        { "PR2002", "ruleset: test-set\nversion: 2026.1\n", "^ruleset: test-set\n", "Missing 'version'" },
        { "PR2003", "    covers: [burglary]\n", "    covers: [burglary]\n  - ^id: burglary\n    title: Again\n", "also declared at rules.yaml:4:5" },
        { "PR2004", "because: \"{t.category} rose\"\n", "because: \"{t.category} rose\"\n  - ^id: rising\n    when: [ { test: 'true' } ]\n", "Duplicate rule id 'rising'" },
        { "PR2009", "scoring:\n  method: weighted-sum\n  dimensions:\n    trend: { weight: 2, bands: [ { below: 0, score: 1 }, { else: 5 } ] }\n", "", "no 'scoring' model" },
        { "PR2011", "method: weighted-sum", "method: ^weighted-summ", "Did you mean 'weighted-sum'?" },
        { "PR2012", "weight: 2,", "weight: 2, combine: ^most,", "use max or sum" },
        { "PR2013", "weight: 2,", "weight: ^two,", "'weight' must be a number, not 'two'" },
        { "PR2014", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ { from: 0, to: 1, score: 1 }, ^{ from: 2, score: 5 } ]", "from 1 to 2 fall in no band" },
        { "PR2015", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ { from: 0, to: 3, score: 1 }, ^{ from: 2, score: 5 } ]", "overlaps the band at rules.yaml:11:34" },
        { "PR2016", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ { below: 5, score: 1 }, ^{ below: 2, score: 3 }, { else: 5 } ]", "must ascend" },
        { "PR2017", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ ^{ else: 5 }, { below: 0, score: 3 }, { else: 5 } ]", "must be the last" },
        { "PR2017", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ { below: 0, score: 1 }, ^{ below: 3, score: 5 } ]", "must end with an 'else'" },
        { "PR2018", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ ^{ below: 0, from: 1, score: 1 }, { else: 5 } ]", "both forms" },
        { "PR2018", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "bands: [ { below: 0, score: 1 }, ^{ from: 0, score: 5 } ]", "mix" },
        { "PR2019", "weight: 2,", "weight: 2, ^lookup: { 1: 1 },", "both 'bands' and 'lookup'" },
        { "PR2020", "bands: [ { below: 0, score: 1 }, { else: 5 } ]", "lookup: { 1: 1, ^1.0: 2 }", "appears twice" },
        { "PR2021", "\nrules:", "\n  select: { top: ^0 }\nrules:", "at least 1" },
        { "PR2022", "\nrules:", "\n  tieBreak: [^trnd]\nrules:", "Did you mean 'trend'?" },
        { "PR2023", "score: { trend:", "score: { ^trnd:", "Did you mean 'trend'?" },
        { "PR2024", "propose: burglary", "propose: ^burglery", "Did you mean 'burglary'?" },
        { "PR2025", "      propose: burglary\n      score:", "      ^score:", "'score', 'because' need a priority" },
        { "PR2025", "      propose: burglary\n      score: { trend: t.changePct }\n      because: \"{t.category} rose\"\n", "      ^mandatory: true\n", "'mandatory' needs a priority" },
        { "PR2026", "propose: burglary\n      score: { trend: t.changePct }\n      because: \"{t.category} rose\"\n", "propose: ^burglary\n      score: { trend: t.changePct }\n", "needs 'because'" },
        { "PR2027", "rose\"\n", "rose\"\n      derive: { fact: ^hot, values: { a: 1 } }\n", "not declared under 'facts:'" },
        { "PR2028", "rose\"\n", "rose\"\n      derive: { fact: hot, values: { aera: ^x } }\nfacts:\n  hot: { area: string }\n", "Did you mean 'area'?" },
        { "PR2029", "      - fact: trend", "      - ^fakt: trend", "needs one of fact" },
        { "PR2029", "      - fact: trend", "      - ^fact: trend\n        none: trend", "several forms (fact, none)" },
        { "PR2030", "      - fact: trend", "      - count: trend\n        ^of: t.count", "'of' does not belong to a 'count' pattern" },
        { "PR2030", "      - fact: trend", "      - fact: trend\n        ^each: x", "'each' does not belong to a 'fact' pattern" },
        { "PR2031", "when:\n      - fact: trend\n        as: t\n        where: has(t.changePct) and t.changePct > 10", "when: ^[]", "at least one 'when'" },
        { "PR2032", "\nrules:", "\nfacts:\n  hot: { area: ^strng }\nrules:", "Did you mean 'string'?" },
        { "PR1004", "      - fact: trend", "      - ^sum: trend", "Missing required key 'of'" },
        { "PR1002", "    title: Burglary", "    title: Burglary\n    ^tittle: x", "Did you mean 'title'?" },
        { "PR2040", "    covers: [burglary]\n", "    covers: [burglary]\n  - ^id: robbery\n    title: Robbery\n", "No rule proposes priority 'robbery'" },
        { "PR2041", "\nrules:", "\n    ^harm: { weight: 1 }\nrules:", "No rule scores dimension 'harm'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadText_Problem_IsReportedAtItsPlace(string code, string find, string replace, string phrase)
    {
        Assert.Contains(find, (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n"), StringComparison.Ordinal);
        var marked = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n").Replace(find, replace, StringComparison.Ordinal);
        var (text, expected) = Unmark(marked);

        var (_, bag) = RuleYaml.Read(text);

        var found = bag.Items.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"No {code} among: {string.Join(" | ", RuleYaml.Lines(bag))}");
        var diagnostic = expected is null ? found[0] : Assert.Single(found, d => d.Location == expected);
        Assert.True(diagnostic.Message.Contains(phrase, StringComparison.Ordinal), diagnostic.Message);
        Assert.Equal(code.StartsWith("PR204", StringComparison.Ordinal) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void ReadText_DuplicateDimension_IsReportedAtTheSecond()
    {
        var text = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n").Replace("\nrules:", "\n    trend: { weight: 1 }\nrules:", StringComparison.Ordinal);

        var (document, bag) = RuleYaml.Read(text);

        Assert.Null(document);
        Assert.Equal(["rules.yaml:12:5: error PR1005: The key 'trend' appears twice in one mapping; each key may appear once."], RuleYaml.Lines(bag));
    }

    [Fact]
    public void ReadText_ValidRuleSet_HasNoDiagnostics()
    {
        var (document, bag) = RuleYaml.Read(RuleYaml.Valid);

        Assert.Empty(RuleYaml.Lines(bag));
        Assert.NotNull(document);
    }

    [Fact]
    public void ReadText_WarningsOnly_StillGivesTheDocument()
    {
        var text = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n").Replace("\nrules:", "\n    harm: { weight: 1 }\nrules:", StringComparison.Ordinal);

        var (document, bag) = RuleYaml.Read(text);

        Assert.NotNull(document);
        Assert.Equal("PR2041", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void ReadText_ProposeThroughPriorityBinding_SilencesUnproposedWarnings()
    {
        var text = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n")
            .Replace("      - fact: trend", "      - fact: priority\n        as: p\n      - fact: trend", StringComparison.Ordinal)
            .Replace("propose: burglary", "propose: p", StringComparison.Ordinal)
            .Replace("    covers: [burglary]\n", "    covers: [burglary]\n  - id: robbery\n    title: Robbery\n", StringComparison.Ordinal);

        var (document, bag) = RuleYaml.Read(text);

        Assert.Empty(RuleYaml.Lines(bag));
        Assert.Equal("p", document!.Rules[0].Then.Propose);
    }

    /// <summary>Removes the <c>^</c> marker and returns where it was, or null when the diagnostic is at the file's start.</summary>
    private static (string Text, SourceLocation? Expected) Unmark(string marked)
    {
        var index = marked.IndexOf('^', StringComparison.Ordinal);
        if (index < 0) return (marked, new SourceLocation("rules.yaml", 1, 1));
        var before = marked[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (marked.Remove(index, 1), new SourceLocation("rules.yaml", line, column));
    }
}
