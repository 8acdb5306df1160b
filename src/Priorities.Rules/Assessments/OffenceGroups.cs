using System.Collections.Frozen;

namespace Priorities.Assessments;

/// <summary>
/// The category id of each offence group of the Home Office counting rules as ONS publishes them (table C2 of
/// recorded crime by partnership): the data.police.uk slug where the group is the
/// same offences, our own id otherwise. <c>violent-crime</c> (police.uk's "Violence and sexual offences") is derived
/// as violence against the person plus sexual offences.
/// </summary>
public static class OffenceGroups
{
    /// <summary>The category id of violence against the person.</summary>
    public const string ViolenceAgainstThePerson = "violence-against-the-person";
    /// <summary>The category id of sexual offences.</summary>
    public const string SexualOffences = "sexual-offences";
    /// <summary>The category id data.police.uk gives violence and sexual offences together.</summary>
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

    /// <summary>Every category id an offence group maps an offence group to.</summary>
    public static IEnumerable<string> KnownIds => Ids.Values.Distinct(StringComparer.Ordinal);

    /// <summary>The category id of an offence group's published name (whitespace normalised), or null if unknown.</summary>
    /// <param name="name">The group's name as ONS publishes it, e.g. "Theft from the person"; case is ignored.</param>
    public static string? IdOf(string name) => Ids.TryGetValue(name, out var id) ? id : null;
}
