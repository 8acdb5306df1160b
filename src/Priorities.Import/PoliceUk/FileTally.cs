using Priorities.Engine.Diagnostics;
using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>What one data.police.uk file held: counts of the rows that count, and of every row skipped, by reason.</summary>
internal sealed class FileTally(string path)
{
    /// <summary>Distinct unknown crime type names kept for messages; more are counted under one entry.</summary>
    private const int MaxUnknownNames = 50;

    public string Path { get; } = path;

    public long Rows { get; set; }

    public long LastLine { get; set; }

    /// <summary>The force the rows fall within (the first row's <c>Falls within</c>), if the file names one.</summary>
    public string? Force { get; set; }

    public Diagnostic? Error { get; set; }

    /// <summary>Counted rows of the requested areas, by month and slot.</summary>
    public CountGrid Counts { get; } = new();

    /// <summary>The crime id of each counted row, by month, with the row's slot; repeats within the file are not counted.</summary>
    public Dictionary<int, Dictionary<CrimeKey, int>> Ids { get; } = [];

    public long NoLsoa { get; set; }

    public long Duplicates { get; set; }

    /// <summary>Rows outside the requested areas, by area id.</summary>
    public Dictionary<int, long> OutsideArea { get; } = [];

    /// <summary>Rows with an unknown crime type, by the name found.</summary>
    public Dictionary<string, long> UnknownTypes { get; } = new(StringComparer.Ordinal);

    public long UnknownTypeRows => UnknownTypes.Values.Sum();

    public void AddOutside(int area) => OutsideArea[area] = OutsideArea.GetValueOrDefault(area) + 1;

    public void AddUnknown(string name)
    {
        if (!UnknownTypes.ContainsKey(name) && UnknownTypes.Count >= MaxUnknownNames) name = "(other names)";
        UnknownTypes[name] = UnknownTypes.GetValueOrDefault(name) + 1;
    }
}
