using CsvHelper;
using Priorities.Assessments;
using Priorities.Import.Csv;

namespace Priorities.Import.Harm;

/// <summary>
/// Reads a harm table by Home Office offence subgroup (<c>category,prc_subgroup,cchi_days,national_count_…</c>, as the
/// Cambridge Crime Harm Index summary gives it): each data.police.uk category's weight is the mean of its subgroups'
/// weighted by their national counts, and so is each ONS offence group that is not a police.uk category (such as
/// sexual offences: rape and other sexual offences; stalking and harassment), so that published annual volumes of
/// those groups can be given a harm.
/// </summary>
internal static class HarmSubgroups
{
    /// <summary>Subgroups whose name is not their ONS offence group's.</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Rape offences"] = OffenceGroups.SexualOffences,
        ["Other sexual offences"] = OffenceGroups.SexualOffences,
        ["Death or serious injury - unlawful driving"] = "death-or-serious-injury-by-illegal-driving",
    };

    public static bool Applies(CsvReader reader) => reader.TryGetFieldIndex("prc_subgroup", out _);

    public static long Read(CsvReader reader, HarmImportOptions options, Dictionary<string, double> weights,
        CancellationToken cancellationToken)
    {
        var category = FactsOnly.Column(reader, ["category", "crime_type"], options.Input);
        var subgroup = FactsOnly.Column(reader, ["prc_subgroup"], options.Input);
        var days = FactsOnly.Column(reader, ["cchi_days", "weight", "days"], options.Input);
        var countNames = reader.Headers.Where(h => h.StartsWith("national_count", StringComparison.Ordinal));
        var counts = FactsOnly.Column(reader, countNames.DefaultIfEmpty("national_count").ToArray(), options.Input);
        var sums = new SortedDictionary<string, (double Harm, double Count)>(StringComparer.Ordinal);
        long rows = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows++;
            var weight = FactsOnly.Number(reader, days, options.Input);
            var count = FactsOnly.Number(reader, counts, options.Input);
            var name = reader.GetString(category).Trim();
            Add(sums, CrimeCategories.TryGetId(name, out var id) ? id : ImportText.Slug(name), weight, count);
            var group = GroupOf(reader.GetString(subgroup).Trim());
            if (group is not null && !CrimeCategories.All.Contains(group, StringComparer.Ordinal))
                Add(sums, group, weight, count);
        }
        foreach (var (id, sum) in sums.Where(s => s.Value.Count > 0))
            weights[id] = ImportText.Round(sum.Harm / sum.Count, 2);
        return rows;
    }

    private static string? GroupOf(string subgroup) =>
        Groups.TryGetValue(subgroup, out var group) ? group : OffenceGroups.IdOf(subgroup);

    private static void Add(SortedDictionary<string, (double Harm, double Count)> sums, string id, double weight, double count)
    {
        var (harm, total) = sums.GetValueOrDefault(id);
        sums[id] = (harm + (weight * count), total + count);
    }
}
