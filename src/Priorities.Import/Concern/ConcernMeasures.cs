using System.Collections.Frozen;
using Priorities.Import;

namespace Priorities.Import.Concern;

/// <summary>
/// The survey measures that stand for concern about a category: the Crime Survey for England and Wales items on
/// worry about a crime, or on how much of a problem something is in the area. One measure per category.
/// </summary>
internal static class ConcernMeasures
{
    public static FrozenDictionary<string, string> Categories { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CSEW_worryburg"] = "burglary",
        ["CSEW_worrymug"] = "robbery",
        ["CSEW_worrycartheft"] = "vehicle-crime",
        ["CSEW_worryattack"] = "violent-crime",
        ["CSEW_worryrape2"] = "sexual-offences",
        ["CSEW_worryraceattacks"] = "hate-crime",
        ["CSEW_probdrugs"] = "drugs",
        ["CSEW_probvand"] = "criminal-damage-arson",
        ["CSEW_probteen"] = "anti-social-behaviour",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
