using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>Finds the months of the windows that have no rows for an area.</summary>
internal static class PoliceUkGaps
{
    private static readonly int CategoryCount = Assessments.CrimeCategories.All.Count;

    public static List<MonthGap> Find(IReadOnlyList<AreaRef> areas, MonthRange current, MonthRange previous, CountGrid counts)
    {
        var gaps = new List<MonthGap>();
        foreach (var area in areas)
        {
            var windows = previous.Ordinals.Select(m => (Month: m, Window: "previous"))
                .Concat(current.Ordinals.Select(m => (Month: m, Window: "current")))
                .DistinctBy(w => w.Month);
            foreach (var (month, window) in windows)
            {
                var total = 0;
                for (var c = 0; c < CategoryCount; c++) total += counts.Get(month, (area.Id * CategoryCount) + c);
                if (total == 0) gaps.Add(new MonthGap(area.Name, month, window));
            }
        }
        return gaps;
    }

    public static ImportException Error(IReadOnlyList<MonthGap> gaps)
    {
        var errors = gaps
            .GroupBy(g => (g.Area, g.Window))
            .Select(g => ImportDiagnostics.Error(ImportCodes.MissingMonths, null, 0, 0,
                $"months missing from the {g.Key.Window} window for {g.Key.Area}: no rows in {string.Join(", ", g.Select(x => x.MonthText))}. "
                + "Add the files for those months, choose other windows, or import with --allow-gaps to note the gap instead."))
            .ToList();
        return new ImportException(errors);
    }
}
