using System.Collections.Frozen;

namespace Priorities.Assessments;

/// <summary>
/// The category ids of recorded crime and anti-social behaviour: the data.police.uk API slugs, and the one table
/// that maps the crime type names of data.police.uk CSV files to them.
/// </summary>
public static class CrimeCategories
{
    private static readonly (string CrimeType, string Id)[] Table =
    [
        ("Anti-social behaviour", "anti-social-behaviour"),
        ("Bicycle theft", "bicycle-theft"),
        ("Burglary", "burglary"),
        ("Criminal damage and arson", "criminal-damage-arson"),
        ("Drugs", "drugs"),
        ("Other theft", "other-theft"),
        ("Possession of weapons", "possession-of-weapons"),
        ("Public order", "public-order"),
        ("Robbery", "robbery"),
        ("Shoplifting", "shoplifting"),
        ("Theft from the person", "theft-from-the-person"),
        ("Vehicle crime", "vehicle-crime"),
        ("Violence and sexual offences", "violent-crime"),
        ("Other crime", "other-crime"),
    ];

    private static readonly FrozenDictionary<string, int> ByName = Table
        .Select((row, index) => (row, index))
        .SelectMany(x => new[] { (Key: x.row.CrimeType, x.index), (Key: x.row.Id, x.index) })
        .DistinctBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(x => x.Key, x => x.index, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The 14 data.police.uk category ids, in the order of the mapping table.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Table.Select(row => row.Id).ToArray());

    /// <summary>The data.police.uk CSV crime type name of each category id, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> CrimeTypeNames { get; } = Array.AsReadOnly(Table.Select(row => row.CrimeType).ToArray());

    /// <summary>Maps a data.police.uk crime type name (such as <c>Violence and sexual offences</c>) or a category id to its id.</summary>
    /// <param name="crimeType">The name, matched ignoring case and surrounding whitespace.</param>
    /// <param name="id">The category id, or <see langword="null"/> when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGetId(string? crimeType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? id)
    {
        var index = crimeType is null ? -1 : IndexOf(crimeType.AsSpan());
        id = index < 0 ? null : Table[index].Id;
        return index >= 0;
    }

    /// <summary>
    /// A category's name for a sentence a board reads: the data.police.uk crime type in lower case (<c>vehicle-crime</c>
    /// reads <c>vehicle crime</c>, <c>violent-crime</c> reads <c>violence and sexual offences</c>), or, for our own ids,
    /// the id with its hyphens as spaces (<c>domestic-abuse</c> reads <c>domestic abuse</c>). Empty for an empty id.
    /// </summary>
    /// <param name="id">The category id.</param>
    /// <returns>The name, in lower case.</returns>
    public static string DisplayName(string? id)
    {
        if (string.IsNullOrEmpty(id)) return string.Empty;
        var index = IndexOf(id.AsSpan());
        var name = index >= 0 ? Table[index].CrimeType : id.Replace('-', ' ');
        return name.ToLowerInvariant();
    }

    /// <summary>The index in <see cref="All"/> of a crime type name or category id, or -1.</summary>
    /// <param name="crimeType">The name or id, matched ignoring case and surrounding whitespace; no string is made.</param>
    /// <returns>The index, or -1 when the name is unknown.</returns>
    public static int IndexOf(ReadOnlySpan<char> crimeType) =>
        BySpan.TryGetValue(crimeType.Trim(), out var index) ? index : -1;
}
