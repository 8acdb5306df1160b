using System.Collections.Frozen;

namespace Priorities.Import;

/// <summary>
/// The category id of each offence group column of ONS table C2: the data.police.uk slug where the group is the
/// same offences, our own id otherwise. <c>violent-crime</c> (police.uk's "Violence and sexual offences") is derived
/// as violence against the person plus sexual offences.
/// </summary>
internal static class OnsOffenceGroups
{
    public const string ViolenceAgainstThePerson = "violence-against-the-person";
    public const string SexualOffences = "sexual-offences";
    public const string ViolentCrime = "violent-crime";

    private static readonly FrozenDictionary<string, string> Ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Total recorded crime (excluding fraud)"] = "total-excluding-fraud",
        ["Violence against the person"] = ViolenceAgainstThePerson,
        ["Homicide"] = "homicide",
        ["Death or serious injury caused by illegal driving"] = "death-or-serious-injury-by-illegal-driving",
        ["Violence with injury"] = "violence-with-injury",
        ["Violence without injury"] = "violence-without-injury",
        ["Stalking and harassment"] = "stalking-and-harassment",
        ["Sexual offences"] = SexualOffences,
        ["Robbery"] = "robbery",
        ["Theft offences"] = "theft-offences",
        ["Burglary"] = "burglary",
        ["Residential burglary"] = "residential-burglary",
        ["Non-residential burglary"] = "non-residential-burglary",
        ["Vehicle offences"] = "vehicle-crime",
        ["Theft from the person"] = "theft-from-the-person",
        ["Bicycle theft"] = "bicycle-theft",
        ["Shoplifting"] = "shoplifting",
        ["All other theft offences"] = "other-theft",
        ["Criminal damage and arson"] = "criminal-damage-arson",
        ["Drug offences"] = "drugs",
        ["Possession of weapons offences"] = "possession-of-weapons",
        ["Public order offences"] = "public-order",
        ["Miscellaneous crimes against society"] = "miscellaneous-crimes-against-society",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every category id the table maps an offence group to.</summary>
    public static IEnumerable<string> KnownIds => Ids.Values.Distinct(StringComparer.Ordinal);

    /// <summary>The category id of a column header (whitespace already normalised), and whether the table knew it.</summary>
    public static (string Id, bool Known) IdOf(string header) =>
        Ids.TryGetValue(header, out var id) ? (id, true) : (ImportText.Slug(header), false);
}
