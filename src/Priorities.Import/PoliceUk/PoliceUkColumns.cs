using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// The columns of a data.police.uk street-level CSV that the importer reads, found by name in either the original
/// header (<c>Crime ID,Month,…</c>) or the combined variant's snake_case header (<c>crime_id,month,…</c>, with
/// <c>NA</c> for empty cells).
/// </summary>
internal sealed record PoliceUkColumns(int CrimeId, int Month, int LsoaName, int CrimeType, int FallsWithin, bool SnakeCase)
{
    private static readonly string[] Required = ["Crime ID", "Month", "LSOA name", "Crime type"];

    public static PoliceUkColumns Resolve(IReadOnlyList<string> headers, string path)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            throw ImportException.At(ImportCodes.EmptyFile, path, 1, "the file is empty: expected a data.police.uk street-level CSV header.");
        var keys = headers.Select(Key).ToList();
        var indices = Required.Select(name => keys.IndexOf(Key(name))).ToArray();
        var missing = Required.Where((_, i) => indices[i] < 0).ToList();
        if (missing.Count > 0)
            throw ImportException.At(ImportCodes.MissingColumn, path, 1, MissingMessage(missing, headers));
        var snake = headers.Any(h => h.Contains('_', StringComparison.Ordinal));
        return new PoliceUkColumns(indices[0], indices[1], indices[2], indices[3], keys.IndexOf("FALLS_WITHIN"), snake);
    }

    /// <summary>A header name compared ignoring case, surrounding space, and spaces against underscores.</summary>
    private static string Key(string name) => name.Trim().Replace(' ', '_').ToUpperInvariant();

    private static string MissingMessage(List<string> missing, IReadOnlyList<string> headers)
    {
        var names = string.Join(", ", missing.Select(m => $"'{m}'"));
        var found = ImportText.Printable(string.Join(",", headers));
        return $"not a data.police.uk street-level CSV: no {names} column{(missing.Count > 1 ? "s" : "")} in the header (found: {found}).";
    }

}
