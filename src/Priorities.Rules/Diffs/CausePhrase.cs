namespace Priorities.Diffs;

/// <summary>
/// One contribution delta in words, such as "the trend weight fell from 2 to 1, costing 4 points"; a raw value from
/// evidence marked sensitive is never quoted.
/// </summary>
internal static class CausePhrase
{
    public static string Of(ContributionDelta delta)
    {
        var parts = delta.Causes.Select(cause => Cause(delta, cause)).Where(p => p.Length > 0).ToArray();
        var what = parts.Length > 0 ? string.Join(" and ", parts) : $"its {DiffText.Dimension(delta.Dimension)} part moved";
        var effect = delta.Delta >= 0 ? "adding" : "costing";
        return $"{what}, {effect} {DiffText.Points(Math.Abs(delta.Delta))}";
    }

    private static string Cause(ContributionDelta delta, string cause)
    {
        var name = DiffText.Dimension(delta.Dimension);
        return cause switch
        {
            DiffCauses.Weight => $"the {name} weight {Change(delta.Weight)}",
            DiffCauses.Bands => $"the {name} bands changed its {name} score from {Pair(delta.Score)}",
            DiffCauses.Raw when delta.Raw is { } raw => $"its {name} figure {Change(raw)}",
            DiffCauses.Raw => $"its {name} score {Change(delta.Score)} on evidence marked sensitive",
            DiffCauses.Evidence when delta.Evidence?.New == Results.EvidenceState.Known => $"it now has evidence on {name}",
            DiffCauses.Evidence => $"it has no evidence on {name} now",
            DiffCauses.Rescaled => $"its {name} part was rescaled for the evidence it has",
            DiffCauses.DimensionAdded => $"the new {name} dimension",
            DiffCauses.DimensionRemoved => $"the {name} dimension was removed",
            _ => string.Empty,
        };
    }

    private static string Change(NumberChange change) =>
        $"{DiffText.Moved(change.Old, change.New)} from {Pair(change)}";

    private static string Pair(NumberChange change) => $"{DiffText.Number(change.Old)} to {DiffText.Number(change.New)}";
}
