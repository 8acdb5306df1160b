using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>
/// Finds where a rationale line compares unlike figures and says so in the line: a change between windows that are
/// not the same months a year apart (seasonal), a count scaled to a year from a shorter or longer period, a figure
/// that is not local, and evidence more than <see cref="MaxAgeMonths"/> months older than the assessment period.
/// </summary>
internal sealed class LikeWithLike
{
    /// <summary>Evidence older than this (3 years) before the end of the assessment period is called old.</summary>
    public const int MaxAgeMonths = 36;

    private readonly Dictionary<Evidence, (Comparability Fact, string[]?[] Written)> _facts = [];
    private readonly IReadOnlyDictionary<string, RuleReads> _reads;
    private readonly MonthSpan? _period;
    private readonly string _partnership;

    public LikeWithLike(RuleSetDocument document, Assessment assessment)
    {
        _reads = RuleReads.Of(document);
        _period = MonthSpan.Of(assessment.Period);
        _partnership = assessment.Partnership.Name;
        foreach (var t in assessment.Trends) _facts.TryAdd(EvidenceDescriber.Of(t), (Comparability.Of(t, assessment), new string[4][]));
        foreach (var v in assessment.Volumes) _facts.TryAdd(EvidenceDescriber.Of(v), (Comparability.Of(v), new string[4][]));
        foreach (var c in assessment.Concern) _facts.TryAdd(EvidenceDescriber.Of(c), (Comparability.Of(c), new string[4][]));
        foreach (var h in assessment.Harm) _facts.TryAdd(EvidenceDescriber.Of(h), (Comparability.Of(h), new string[4][]));
    }

    /// <summary>The line a board reads for a hit: its sentence, then one caution naming every mismatch it carries.</summary>
    public string Line(RuleHit hit)
    {
        var sentence = PlanText.Sentence(hit.Because);
        var caveats = Caveats(hit);
        return caveats.Count == 0 ? sentence : $"{sentence} Caution: {string.Join("; ", caveats)}.";
    }

    /// <summary>The mismatches of a hit's evidence that its rule's scores or sentence rely on, each once.</summary>
    public IReadOnlyList<string> Caveats(RuleHit hit)
    {
        var reads = _reads.GetValueOrDefault(hit.RuleId) ?? new RuleReads(false, false);
        List<string>? caveats = null;
        foreach (var evidence in hit.Evidence)
        {
            if (!_facts.TryGetValue(evidence, out var fact)) continue;
            foreach (var caveat in CaveatsOf(fact.Fact, fact.Written, reads))
                if (!(caveats ??= []).Contains(caveat, StringComparer.Ordinal)) caveats.Add(caveat);
        }
        return caveats is null ? [] : caveats;
    }

    /// <summary>The mismatches of one fact for a rule that reads it so, written once per fact and kind of reading.</summary>
    private string[] CaveatsOf(Comparability fact, string[]?[] written, RuleReads reads)
    {
        var slot = (reads.ComparesPeriods ? 1 : 0) + (reads.Annualises ? 2 : 0);
        return written[slot] ??= Write(fact, reads);
    }

    private string[] Write(Comparability fact, RuleReads reads)
    {
        var caveats = new List<string>(2);
        if (reads.ComparesPeriods && IsSeasonal(fact)) caveats.Add(Seasonal(fact));
        if (reads.Annualises && IsScaled(fact)) caveats.Add(Scaled(fact));
        if (fact.Geography != Geographies.Local) caveats.Add(NotLocal(fact.Geography, _partnership));
        if (IsOld(fact)) caveats.Add(Old(fact));
        return [.. caveats];
    }

    public static bool IsSeasonal(Comparability fact) =>
        fact.Kind == "trend" && fact.Comparison is not null && fact.Comparison != TrendComparisons.YearOnYear;

    public static bool IsScaled(Comparability fact) => fact.Kind is "trend" or "volume" && fact.Span is { Months: not 12 };

    public bool IsOld(Comparability fact) =>
        _period is { } period && fact.Measured is { } measured && period.End - measured > MaxAgeMonths;

    public static string Seasonal(Comparability fact)
    {
        var windows = $"{fact.Span} against {fact.Previous}";
        return fact.Comparison == TrendComparisons.Consecutive
            ? $"{Consecutive(fact.Months)} ({windows}), not year on year, so part of the change may be seasonal"
            : $"the windows compared ({windows}) are not the same months a year apart, so part of the change may be seasonal";
    }

    public static string Scaled(Comparability fact) =>
        $"scaled to a year from {PlanText.Count(fact.Months)} months ({fact.Span}), "
        + "so seasonal patterns may distort the yearly figure";

    public static string NotLocal(string geography, string partnership) => geography == Geographies.Force
        ? $"a police force area figure, not one for {partnership} alone"
        : $"a {geography} figure, not one for {partnership}";

    public string Old(Comparability fact)
    {
        var when = fact.Date ?? fact.Span?.ToString() ?? "long ago";
        var years = (_period!.Value.End - fact.Measured!.Value) / 12;
        return $"measured {when}, {PlanText.Count(years)} years before the end of the assessment period ({_period})";
    }

    private static string Consecutive(int months) => months switch
    {
        1 => "month on month",
        3 => "quarter on quarter",
        _ => $"{PlanText.Count(months)} months against the {PlanText.Count(months)} before",
    };
}
