using Priorities.Assessments;

namespace Priorities.Import.Ons;

/// <summary>
/// The first pass over the ONS table for <see cref="OnsCspNationalImporter"/>: each partnership's name, code and
/// district (without its values) and its counts per category, in table order, and the table's England and Wales totals.
/// </summary>
internal sealed class NationalTable
{
    private static readonly IReadOnlyDictionary<string, int?> NoValues = new Dictionary<string, int?>();

    private NationalTable(OnsTable table, List<OnsPartnership> partnerships, List<int?[]> counts, string[] categories)
    {
        Table = table;
        Partnerships = partnerships;
        Counts = counts;
        Categories = categories;
    }

    public OnsTable Table { get; }

    public List<OnsPartnership> Partnerships { get; }

    /// <summary>Counts per partnership, in the order of <see cref="Categories"/>; null where unavailable.</summary>
    public List<int?[]> Counts { get; }

    /// <summary>The category ids: the table's offence groups, then violent crime when derived.</summary>
    public string[] Categories { get; }

    /// <summary>The table's count per category of every row that is not a force total, violent crime derived.</summary>
    public Dictionary<string, long> Totals()
    {
        var totals = new Dictionary<string, long>(Table.Totals, StringComparer.Ordinal);
        if (Derives)
            totals[OffenceGroups.ViolentCrime] = totals.GetValueOrDefault(OffenceGroups.ViolenceAgainstThePerson)
                + totals.GetValueOrDefault(OffenceGroups.SexualOffences);
        return totals;
    }

    /// <summary>The categories whose totals miss a row's unavailable count.</summary>
    public HashSet<string> Incomplete()
    {
        var incomplete = new HashSet<string>(Table.Incomplete, StringComparer.Ordinal);
        if (Derives && (incomplete.Contains(OffenceGroups.ViolenceAgainstThePerson) || incomplete.Contains(OffenceGroups.SexualOffences)))
            incomplete.Add(OffenceGroups.ViolentCrime);
        return incomplete;
    }

    private bool Derives => Categories.Contains(OffenceGroups.ViolentCrime) && !Table.Totals.ContainsKey(OffenceGroups.ViolentCrime);

    public static NationalTable Read(string path, CancellationToken cancellationToken)
    {
        var partnerships = new List<OnsPartnership>();
        var counts = new List<int?[]>();
        string[]? categories = null;
        var table = OnsTable.Read(path, cancellationToken, p =>
        {
            var values = OnsCspImporter.Counts(p.Values);
            categories ??= [.. values.Keys];
            partnerships.Add(p with { Values = NoValues });
            counts.Add(categories.Select(c => values.GetValueOrDefault(c)).ToArray());
        });
        categories ??= [.. OnsCspImporter.Counts(table.Columns.ToDictionary(c => c.Category, _ => (int?)0)).Keys];
        return new NationalTable(table, partnerships, counts, categories);
    }
}
