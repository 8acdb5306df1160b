using Priorities.RuleSets.Model;

namespace Priorities.Diffs;

/// <summary>Compares two scoring models: dimensions by id, then the method, selection and tie-break.</summary>
internal static class ScoringComparer
{
    public static ScoringChanges Compare(ScoringModel newModel, ScoringModel oldModel)
    {
        var olds = oldModel.Dimensions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var news = newModel.Dimensions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var changed = news.Keys.Where(olds.ContainsKey).Order(StringComparer.Ordinal)
            .Select(id => Change(news[id], olds[id])).OfType<DimensionChange>().ToArray();
        var (newSelect, oldSelect) = (newModel.Selection, oldModel.Selection);
        return new ScoringChanges(
            news.Keys.Where(id => !olds.ContainsKey(id)).Order(StringComparer.Ordinal).ToArray(),
            olds.Keys.Where(id => !news.ContainsKey(id)).Order(StringComparer.Ordinal).ToArray(),
            changed)
        {
            Method = Text(Method(newModel.Method), Method(oldModel.Method)),
            Top = Number(newSelect.Top, oldSelect.Top),
            MinScore = Number(newSelect.MinScore, oldSelect.MinScore),
            MinCoverage = Number(newSelect.MinCoverage, oldSelect.MinCoverage),
            TieBreak = Text(string.Join(",", newModel.TieBreak), string.Join(",", oldModel.TieBreak)),
        };
    }

    private static DimensionChange? Change(DimensionDefinition newDimension, DimensionDefinition oldDimension)
    {
        var change = new DimensionChange(newDimension.Id)
        {
            Weight = Number(newDimension.Weight, oldDimension.Weight),
            Combine = Text(Combine(newDimension.Combine), Combine(oldDimension.Combine)),
            Missing = Number(newDimension.Missing, oldDimension.Missing),
            Bands = !newDimension.Bands.Select(b => (b.From, b.To, b.Score))
                .SequenceEqual(oldDimension.Bands.Select(b => (b.From, b.To, b.Score))),
            Lookup = !Lookup(newDimension).SequenceEqual(Lookup(oldDimension)),
        };
        return change.Weight is null && change.Combine is null && !change.ScoresChanged ? null : change;
    }

    private static IEnumerable<(double Raw, double Score)> Lookup(DimensionDefinition dimension) =>
        dimension.Lookup.Select(l => (l.Raw, l.Score)).OrderBy(l => l.Raw);

    private static NumberChange? Number(double? newValue, double? oldValue) =>
        Nullable.Equals(newValue, oldValue) ? null : new NumberChange(oldValue, newValue);

    private static TextChange? Text(string newValue, string oldValue) =>
        string.Equals(newValue, oldValue, StringComparison.Ordinal) ? null : new TextChange(oldValue, newValue);

    private static string Method(ScoringMethod method) => method switch
    {
        ScoringMethod.WeightedSum => "weighted-sum",
        ScoringMethod.Product => "product",
        _ => "max",
    };

    private static string Combine(CombineMode mode) => mode == CombineMode.Sum ? "sum" : "max";
}
