namespace Priorities.Import.Tests.PoliceUk;

/// <summary>
/// The test oracle: counts data.police.uk rows per month, area and category by splitting lines on commas (the
/// fixtures have no quoted fields), with its own table of crime types; independent of the importer and CsvHelper.
/// </summary>
internal static class IndependentCount
{
    private static readonly Dictionary<string, string> Categories = new()
    {
        ["Anti-social behaviour"] = "anti-social-behaviour", ["Bicycle theft"] = "bicycle-theft", ["Burglary"] = "burglary",
        ["Criminal damage and arson"] = "criminal-damage-arson", ["Drugs"] = "drugs", ["Other theft"] = "other-theft",
        ["Possession of weapons"] = "possession-of-weapons", ["Public order"] = "public-order", ["Robbery"] = "robbery",
        ["Shoplifting"] = "shoplifting", ["Theft from the person"] = "theft-from-the-person", ["Vehicle crime"] = "vehicle-crime",
        ["Violence and sexual offences"] = "violent-crime", ["Other crime"] = "other-crime",
    };

    /// <summary>Counts by (month, area, category) of the rows with an LSOA in one of the areas, each crime id once per month.</summary>
    public static Dictionary<(string Month, string Area, string Category), int> Count(IEnumerable<string> paths, IReadOnlyCollection<string> areas)
    {
        var counts = new Dictionary<(string, string, string), int>();
        var seen = new HashSet<(string, string)>();
        foreach (var line in paths.SelectMany(p => FixtureText.Lines(p).Skip(1)))
        {
            var cells = line.Split(',');
            var (id, month, lsoa, type) = (Clean(cells[0]), cells[1], Clean(cells[8]), cells[9]);
            if (lsoa.Length == 0) continue;
            var area = lsoa[..lsoa.LastIndexOf(' ')];
            if (!areas.Contains(area) || !Categories.TryGetValue(type, out var category)) continue;
            if (id.Length > 0 && !seen.Add((month, id))) continue;
            var key = (month, area, category);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    public static int Sum(Dictionary<(string Month, string Area, string Category), int> counts, IEnumerable<string> months, string area, string category) =>
        months.Sum(m => counts.GetValueOrDefault((m, area, category)));

    private static string Clean(string cell) => cell == "NA" ? string.Empty : cell;
}
