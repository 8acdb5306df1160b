using System.Globalization;
using Priorities.Results;

namespace Priorities.Testing;

/// <summary>Checks a plan against a test's expectation; every failure reads as expected against actual.</summary>
internal static class ExpectationChecker
{
    public static IReadOnlyList<string> Check(Expectation expect, PlanResult plan)
    {
        var view = new PlanView(plan);
        var failures = new List<string>();
        CheckOrder(expect.Order, view, failures);
        CheckTop(expect.Top, view, failures);
        foreach (var id in expect.Selected.Where(id => view.Selected(id) is null))
            failures.Add($"selected: expected {id} in the plan, actual {view.Describe(id)}");
        foreach (var id in expect.NotSelected.Where(id => view.Selected(id) is not null || view.Candidate(id) is null))
            failures.Add($"notSelected: expected {id} kept as a candidate outside the plan, actual {view.Describe(id)}");
        foreach (var id in expect.Mandatory.Where(id => view.Selected(id) is not { Mandatory: true }))
            failures.Add($"mandatory: expected {id} in the plan and mandatory, actual {view.Describe(id)}");
        foreach (var id in expect.EvidenceGaps.Where(id => view.Gap(id) is null))
            failures.Add($"evidenceGaps: expected {id} listed as an evidence gap, actual {view.Describe(id)}");
        CheckScores(expect, view, failures);
        CheckCoverage(expect, view, failures);
        CheckRationale(expect.Rationale, view, failures);
        CheckStatus(expect.Status, view, failures);
        CheckMeasures(expect.Measures, "measures", m => m.Status, view, failures);
        CheckMeasures(expect.Rag, "rag", m => m.Rag, view, failures);
        return failures;
    }

    private static void CheckOrder(IReadOnlyList<string> order, PlanView view, List<string> failures)
    {
        for (var i = 1; i < order.Count; i++)
        {
            var (before, after) = (order[i - 1], order[i]);
            var (a, b) = (view.Position(before), view.Position(after));
            if (a is not null && b is not null && a < b) continue;
            var actual = view.Selected(before) is { } x && view.Selected(after) is { } y
                ? $"ranks {x.Rank} and {y.Rank}"
                : $"{view.Place(before)} and {view.Place(after)}";
            failures.Add($"order: expected {before} before {after}, actual {actual}");
        }
    }

    private static void CheckTop(IReadOnlyList<string> top, PlanView view, List<string> failures)
    {
        foreach (var id in top)
        {
            if (view.Selected(id) is { } p && p.Rank <= top.Count) continue;
            failures.Add($"top: expected {id} within the first {top.Count} place{(top.Count == 1 ? "" : "s")}, actual {view.Describe(id)}");
        }
    }

    private static void CheckScores(Expectation expect, PlanView view, List<string> failures)
    {
        foreach (var (id, expected) in expect.Scores)
        {
            var actual = view.Score(id);
            if (actual is { } value && Math.Abs(value - expected) <= expect.Tolerance) continue;
            var shown = actual is { } v ? Format(v) : view.Describe(id);
            failures.Add($"scores.{id}: expected {Format(expected)} ± {Format(expect.Tolerance)}, actual {shown}");
        }
    }

    private static void CheckCoverage(Expectation expect, PlanView view, List<string> failures)
    {
        foreach (var (id, expected) in expect.Coverage)
        {
            var actual = view.Coverage(id);
            if (actual is { } value && Math.Abs(value - expected) <= expect.Tolerance) continue;
            var shown = actual is { } v ? Format(v) : view.Describe(id);
            failures.Add($"coverage.{id}: expected {Format(expected)} ± {Format(expect.Tolerance)}, actual {shown}");
        }
    }

    private static void CheckRationale(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> rationale, PlanView view, List<string> failures)
    {
        foreach (var (id, phrases) in rationale)
        {
            var text = view.Rationale(id);
            foreach (var phrase in phrases)
            {
                if (text is not null && text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) continue;
                var actual = text is null ? view.Describe(id) : $"rationale: {(text.Length == 0 ? "(empty)" : text)}";
                failures.Add($"rationale.{id}: expected a phrase \"{phrase}\", actual {actual}");
            }
        }
    }

    private static void CheckStatus(IReadOnlyList<KeyValuePair<string, string>> status, PlanView view, List<string> failures)
    {
        foreach (var (id, expected) in status)
        {
            var actual = view.Status(id);
            if (string.Equals(actual, expected, StringComparison.Ordinal)) continue;
            failures.Add($"status.{id}: expected {expected}, actual {actual ?? view.Describe(id)}");
        }
    }

    private static void CheckMeasures(
        IReadOnlyList<KeyValuePair<string, string>> expected, string what, Func<MeasureResult, string> read, PlanView view, List<string> failures)
    {
        foreach (var (id, value) in expected)
        {
            var measure = view.Measure(id);
            if (measure is not null && string.Equals(read(measure), value, StringComparison.Ordinal)) continue;
            var actual = measure is null ? "no such measure of a selected priority" : $"{read(measure)} ({measure.Summary})";
            failures.Add($"{what}.{id}: expected {value}, actual {actual}");
        }
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
