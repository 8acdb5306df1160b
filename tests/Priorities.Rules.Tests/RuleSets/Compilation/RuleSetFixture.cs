using Priorities.Assessments;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Compilation;

/// <summary>
/// Builds rule-set documents in code. Every expression sits on its own line, at column <see cref="Column"/>, so that
/// a diagnostic's expected column is <see cref="Column"/> plus the offset of the offending text.
/// </summary>
internal sealed class RuleSetFixture
{
    public const string File = "rules.yaml";
    public const int Column = 14;
    private int _line = 10;

    public List<PriorityDefinition> Priorities { get; } =
    [
        Priority("serious-acquisitive-crime", "burglary", "vehicle-crime", "robbery"),
        Priority("anti-social-behaviour", "anti-social-behaviour"),
        Priority("violence", "violent-crime"),
    ];

    public List<FactTypeDefinition> FactTypes { get; } = [];

    public static PriorityDefinition Priority(string id, params string[] covers) =>
        new(id, id.Replace('-', ' '), "theme", covers, null, null, At(1, 1));

    public static SourceLocation At(int line, int column) => new(File, line, column);

    /// <summary>A text on the next line, at <see cref="Column"/>.</summary>
    public SourceText Text(string text) => SourceText.Plain(text, At(++_line, Column));

    public PatternSpec Fact(string type, string binding, string? where = null) =>
        new(PatternForm.Fact, type, At(++_line, 9), binding, null, where is null ? null : Text(where), null, At(_line, 5));

    public PatternSpec None(string type, string binding, string? where = null) =>
        new(PatternForm.None, type, At(++_line, 9), binding, null, where is null ? null : Text(where), null, At(_line, 5));

    public PatternSpec Aggregate(PatternForm form, string type, string binding, string each, string? where = null, string? of = null) =>
        new(form, type, At(++_line, 9), binding, each, where is null ? null : Text(where), of is null ? null : Text(of), At(_line, 5));

    public PatternSpec Test(string condition) =>
        new(PatternForm.Test, string.Empty, At(++_line, 9), string.Empty, null, Text(condition), null, At(_line, 5));

    public RuleConsequence Propose(string propose, string because, params (string Dimension, string Expression)[] scores) =>
        new(propose, At(++_line, 14), false, scores.Select(s => new ScoreSpec(s.Dimension, At(++_line, 7), Text(s.Expression))).ToArray(), Text(because), []);

    public DeriveSpec Derive(string type, params (string Field, string Expression)[] values) =>
        new(type, At(++_line, 15), values.Select(v => new KeyValuePair<string, SourceText>(v.Field, Text(v.Expression))).ToArray(), At(_line, 9));

    public RuleSpec Rule(string id, RuleConsequence then, params PatternSpec[] when) =>
        new(id, null, 0, ["tag-" + id], when, then, At(++_line, 5));

    public void Declare(string name, params (string Field, FieldType Type)[] fields) =>
        FactTypes.Add(new FactTypeDefinition(name, fields.Select(f => new FactFieldDefinition(f.Field, f.Type, At(_line, 5))).ToArray(), At(++_line, 3)));

    public RuleSetDocument Document(params RuleSpec[] rules) =>
        new("test", "1", null, [File], "hash", Priorities, new ScoringModel(ScoringMethod.WeightedSum, [], new SelectionPolicy(null, null), [], At(1, 1)), FactTypes, rules, At(1, 1));

    public (CompiledRules? Rules, DiagnosticBag Bag) Compile(params RuleSpec[] rules)
    {
        var bag = new DiagnosticBag();
        return (RuleSetCompiler.Compile(Document(rules), bag), bag);
    }

    public CompiledRules Build(params RuleSpec[] rules)
    {
        var (compiled, bag) = Compile(rules);
        Assert.True(compiled is not null, string.Join("\n", bag.Items));
        return compiled!;
    }

    public static TrendFact Trend(string category, string area, int count, int previous, bool small = false) => new()
    {
        Category = category, Area = area, Count = count, PreviousCount = previous, Change = count - previous,
        ChangePct = previous == 0 ? null : Math.Round(100.0 * (count - previous) / previous, 1), SmallNumbers = small, Source = "police.uk",
    };

    public static Assessment Assessment(params TrendFact[] trends) => new()
    {
        Partnership = new Partnership { Name = "Oxford", Areas = ["Oxford"] },
        Period = new AssessmentPeriod { Start = "2024-01", End = "2024-12", Label = "2024" },
        Trends = trends,
    };
}
