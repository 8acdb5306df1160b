using System.Globalization;
using System.Text;

namespace Priorities.Import.Tests.Ons;

/// <summary>
/// Table C2 and the census population read again by a few lines of their own, with none of the importer's code, so
/// that tests can recompute the rates: a minimal CSV reader (quotes, doubled quotes, line breaks in quotes).
/// </summary>
internal static class IndependentTable
{
    public static List<string[]> Rows(string path)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var text = File.ReadAllText(path);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (!quoted && c == '\n') { row.Add(field.ToString().TrimEnd('\r')); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }

    /// <summary>Each partnership row (a code in the third column) as name, local authority code and counts by header.</summary>
    public static List<(string Code, string Name, string District, Dictionary<string, long?> Counts)> Partnerships(string path)
    {
        var rows = Rows(path);
        var header = rows.FindIndex(r => r.Length > 3 && r[3].Replace("\n", " ", StringComparison.Ordinal).Contains("Partnership name", StringComparison.Ordinal));
        var names = rows[header].Select(h => string.Join(' ', h.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries))).ToArray();
        return rows.Skip(header + 1).Where(r => r.Length > 6 && r[2].Trim().Length > 0)
            .Select(r => (r[2].Trim(), r[3].Trim(), r[4].Trim(), Enumerable.Range(6, names.Length - 6).ToDictionary(i => names[i], i => Count(r[i]))))
            .ToList();
    }

    /// <summary>Every row that is not a force total (no partnership code and no name), summed by header.</summary>
    public static Dictionary<string, long> AllButForceTotals(string path)
    {
        var rows = Rows(path);
        var header = rows.FindIndex(r => r.Length > 3 && r[3].Contains("Partnership", StringComparison.Ordinal));
        var names = rows[header].Select(h => string.Join(' ', h.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries))).ToArray();
        var kept = rows.Skip(header + 1).Where(r => r.Length > 6 && (r[2].Trim().Length > 0 || r[3].Trim().Length > 0)).ToList();
        return Enumerable.Range(6, names.Length - 6).ToDictionary(i => names[i], i => kept.Sum(r => Count(r[i]) ?? 0));
    }

    /// <summary>The census table: district code to its 2021 residents.</summary>
    public static Dictionary<string, long> Population(string path) =>
        Rows(path).Skip(1).ToDictionary(r => r[0], r => long.Parse(r[^1], CultureInfo.InvariantCulture));

    private static long? Count(string cell)
    {
        var digits = cell.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return digits.Length == 0 || digits.StartsWith('[') ? null : long.Parse(digits, CultureInfo.InvariantCulture);
    }
}
