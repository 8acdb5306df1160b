namespace Priorities.Assessments.Reading;

/// <summary>The category ids an assessment may name: data.police.uk's, the ONS offence groups', and our own.</summary>
internal static class KnownCategories
{
    private static readonly string[] Own =
    [
        "domestic-abuse", "exploitation", "modern-slavery", "hate-crime", "serious-violence", "drug-dealing", "rough-sleeping",
        "cuckooing", "county-lines", "child-exploitation", "child-sexual-exploitation", "vawg", "alcohol-disorder",
        "alcohol-related-disorder", "knife-crime", "fraud", "cyber-crime", "begging", "sexual-offences", "stalking-and-harassment",
    ];

    public static IReadOnlyList<string> All { get; } = CrimeCategories.All.Concat(OffenceGroups.KnownIds).Concat(Own).Distinct(StringComparer.Ordinal).ToArray();

    public static bool Contains(string id) => All.Contains(id, StringComparer.Ordinal);
}
