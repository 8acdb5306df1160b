using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Evaluation;

/// <summary>The status and RAG rules/targets.yaml derives, against a small reference function.</summary>
public sealed class TargetsProperties
{
    private const int Measures = 12;

    /// <summary>
    /// For generated measures (direction, baseline, an absolute or relative target some financial years on) and
    /// actuals (none, before, during, at the end of or after the target period, sometimes exactly at the target or
    /// on the target's path), the plan's status and RAG are those of <see cref="Reference"/>.
    /// </summary>
    [Property(MaxTest = 20)]
    public void DerivedStatus_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var cases = Enumerable.Range(0, Measures).Select(i => Case.Generate(random, i)).ToArray();
        var ruleSet = Load(cases);
        var assessment = TargetsFixture.With("2040-03", cases.Where(c => c.Actual is not null)
            .Select(c => TargetsFixture.Actual("m" + c.Id, c.Actual!.Value, MeasurePeriods.FinancialYear(c.ActualYear))).ToArray());

        var measures = ruleSet.Evaluate(assessment).Priorities.SelectMany(p => p.Measures).ToDictionary(m => m.Id);

        Assert.Equal(Measures, measures.Count);
        foreach (var c in cases)
        {
            var measure = measures["m" + c.Id];
            Assert.True(Reference(c) == (measure.Status, measure.Rag), $"{c} gave {measure.Status}/{measure.Rag}: {measure.Summary}");
        }
    }

    /// <summary>The specification: rules/README.md, "Performance against targets".</summary>
    private static (string Status, string Rag) Reference(Case c)
    {
        if (c.Actual is not { } actual) return (MeasureStatus.NoData, MeasureStatus.Grey);
        var down = c.Direction == "down";
        bool AtLeastAsGood(double x, double y) => down ? x <= y : x >= y;
        var target = c.Resolved;
        if (AtLeastAsGood(actual, target)) return (MeasureStatus.Achieved, MeasureStatus.Green);
        var elapsed = Math.Clamp((double)((c.ActualYear - c.BaselineYear) * 12) / (c.Years * 12), 0, 1);
        if (elapsed >= 1) return (MeasureStatus.Missed, MeasureStatus.Red);
        if (AtLeastAsGood(actual, c.Baseline + ((target - c.Baseline) * elapsed))) return (MeasureStatus.OnTrack, MeasureStatus.Green);
        var better = down ? actual < c.Baseline : actual > c.Baseline;
        return (MeasureStatus.OffTrack, better ? MeasureStatus.Amber : MeasureStatus.Red);
    }

    private static PlanRuleSet Load(IReadOnlyList<Case> cases)
    {
        var yaml = new StringBuilder("ruleset: targets-property\nversion: 1\ninclude: [../../targets.yaml]\npriorities:\n");
        foreach (var c in cases) yaml.Append(CultureInfo.InvariantCulture, $"""
              - id: p{c.Id}
                title: P{c.Id}
                theme: T
                measures:
                  - {c.Yaml}

            """);
        yaml.Append("scoring:\n  method: weighted-sum\n  dimensions:\n    base: { weight: 1, missing: 1 }\n  select: { top: 100 }\n");
        yaml.Append("rules:\n  - id: any\n    when: [ { fact: priority, as: p } ]\n    then: { propose: p, score: { base: 1 }, because: '{p.title}' }\n");
        var loaded = RuleSetLoader.LoadText(TargetsFixture.RuleSetPath, yaml.ToString());
        return loaded.RuleSet ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
    }

    private sealed record Case(string Id, string Direction, double Baseline, int BaselineYear, int Years, double? Value, double? ChangePct, double? Actual, int ActualYear)
    {
        public double Resolved => Value ?? Math.Round(Baseline * (1 + (ChangePct!.Value / 100)), 6);

        public string Yaml => string.Create(CultureInfo.InvariantCulture,
            $"{{ id: m{Id}, title: M, unit: u, direction: {Direction}, baseline: {{ value: {Baseline:R}, period: {MeasurePeriods.FinancialYear(BaselineYear)} }}, "
            + $"target: {{ {(Value is { } v ? $"value: {v:R}" : $"changePct: {ChangePct:R}")}, by: {MeasurePeriods.FinancialYear(BaselineYear + Years)} }} }}");

        public static Case Generate(Random random, int index)
        {
            var down = random.Next(2) == 0;
            double baseline = random.Next(1, 1000);
            var years = random.Next(1, 6);
            var start = random.Next(2015, 2025);
            var relative = random.Next(2) == 0;
            var pct = relative ? (double)random.Next(0, 100) * (down ? -1 : 1) : (double?)null;
            var value = relative ? (double?)null : down ? random.Next(0, (int)baseline + 1) : random.Next((int)baseline, 2001);
            var draft = new Case(index.ToString(CultureInfo.InvariantCulture), down ? "down" : "up", baseline, start, years, value, pct, null, 0);
            var actualYear = start + random.Next(-1, years + 2);
            var elapsed = Math.Clamp((double)((actualYear - start) * 12) / (years * 12), 0, 1);
            var actual = random.Next(6) switch
            {
                0 => (double?)null,
                1 => draft.Resolved,
                2 => baseline + ((draft.Resolved - baseline) * elapsed),
                3 => baseline,
                _ => random.Next(0, 2001),
            };
            return draft with { Actual = actual, ActualYear = actualYear };
        }
    }
}
