using Priorities.Engine.Diagnostics;
using Priorities.Import.Population;

namespace Priorities.Import.Ons;

/// <summary>
/// Which districts of the population table each partnership covers, and so its population: those the mapping gives
/// it, else its own local authority code when the table has it (its name, when the ONS table has no such code).
/// A partnership of several districts (<c>Combined Local Authorities</c>), one whose district the table lacks, and
/// partnerships that share one district get none: their population is unknown, never a wrong one. A district given
/// by the mapping to two partnerships, or to one that is not the partnership whose own district it is, is an error.
/// </summary>
internal sealed class PopulationAssignment
{
    private readonly List<Diagnostic> _errors = [];
    private readonly string[]?[] _districts;
    private readonly IReadOnlyList<OnsPartnership> _partnerships;
    private readonly PopulationTable _population;
    private readonly DistrictMapping _mapping;

    private PopulationAssignment(IReadOnlyList<OnsPartnership> partnerships, PopulationTable population, DistrictMapping mapping)
    {
        _partnerships = partnerships;
        _population = population;
        _mapping = mapping;
        _districts = new string[]?[partnerships.Count];
    }

    /// <summary>Warnings about partnerships left without a population.</summary>
    public List<Diagnostic> Warnings { get; } = [];

    /// <summary>The districts of partnership <paramref name="index"/>; null when its population is unknown.</summary>
    public IReadOnlyList<string>? DistrictsOf(int index) => _districts[index];

    /// <summary>The residents of partnership <paramref name="index"/>; null when unknown.</summary>
    public int? PopulationOf(int index) => _districts[index] is { } districts ? districts.Sum(d => _population.Districts[d]) : null;

    /// <summary>Assigns districts to partnerships (in table order), or fails with every mistake of the mapping.</summary>
    public static PopulationAssignment Assign(IReadOnlyList<OnsPartnership> partnerships, PopulationTable population, DistrictMapping mapping, string table)
    {
        var assignment = new PopulationAssignment(partnerships, population, mapping);
        var mapped = assignment.Mapped();
        assignment.Own(mapped, table);
        assignment.Shared(mapped, table);
        if (assignment._errors.Count > 0) throw new ImportException(assignment._errors);
        return assignment;
    }

    private HashSet<int> Mapped()
    {
        var mapped = new HashSet<int>();
        foreach (var entry in _mapping.Entries)
        {
            var found = _partnerships.Select((p, i) => (p, i)).Where(x => Named(x.p, entry.Partnership)).Select(x => x.i).ToList();
            if (found.Count != 1)
            {
                Error(ImportCodes.DistrictMappingUnknownPartnership, entry.Line, entry.Column, found.Count == 0
                    ? $"no partnership named '{entry.Partnership}' in the ONS table (names and codes are matched ignoring case)."
                    : $"'{entry.Partnership}' names {found.Count} partnerships of the ONS table; give its code instead.");
                continue;
            }
            if (!mapped.Add(found[0]))
            {
                Error(ImportCodes.DistrictMappingRepeated, entry.Line, entry.Column, $"'{entry.Partnership}' ({_partnerships[found[0]].Code}) is given a second time.");
                continue;
            }
            _districts[found[0]] = Districts(entry);
        }
        return mapped;
    }

    private string[] Districts(DistrictMappingEntry entry)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var district in entry.Districts)
        {
            if (!_population.Districts.ContainsKey(district.Code))
                Error(ImportCodes.DistrictMappingUnknownDistrict, district.Line, district.Column, $"no district '{district.Code}' in the population table {Path.GetFileName(_population.Path)}.");
            else if (!seen.Add(district.Code))
                Error(ImportCodes.DistrictMappingShared, district.Line, district.Column, $"'{district.Code}' is given twice to '{entry.Partnership}'.");
        }
        return entry.Districts.Select(d => d.Code).Where(_population.Districts.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Each partnership the mapping leaves out gets its own district, when the population table has exactly one for it.</summary>
    private void Own(HashSet<int> mapped, string table)
    {
        for (var i = 0; i < _partnerships.Count; i++)
        {
            if (mapped.Contains(i)) continue;
            var p = _partnerships[i];
            if (OwnDistrict(p) is { } district) _districts[i] = [district];
            else Warnings.Add(ImportDiagnostics.Warning(ImportCodes.NoPopulation, table, p.Line, 0,
                $"no single district of the population table for {p.Name} ({p.Code}; local authority '{p.District}'): its population and rates are unknown; give its districts with --mapping."));
        }
    }

    private string? OwnDistrict(OnsPartnership p)
    {
        if (p.District.Length > 0) return _population.Districts.ContainsKey(p.District) ? p.District : null;
        if (_population.Districts.ContainsKey(p.Code)) return p.Code;
        return _population.DistrictsNamed(p.Name) is [var only] ? only : null;
    }

    /// <summary>A district claimed twice: an error where the mapping gives it; otherwise neither partnership keeps it.</summary>
    private void Shared(HashSet<int> mapped, string table)
    {
        var claims = Enumerable.Range(0, _partnerships.Count).Where(i => _districts[i] is not null)
            .SelectMany(i => _districts[i]!.Select(d => (District: d, Index: i)))
            .GroupBy(c => c.District, c => c.Index, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        foreach (var claim in claims)
        {
            var names = string.Join(", ", claim.Select(i => _partnerships[i].Name));
            var others = claim.Count() - 1;
            foreach (var i in claim.Where(mapped.Contains))
            {
                var entry = _mapping.Entries.First(e => Named(_partnerships[i], e.Partnership));
                var at = entry.Districts.First(d => d.Code.Equals(claim.Key, StringComparison.OrdinalIgnoreCase));
                Error(ImportCodes.DistrictMappingShared, at.Line, at.Column, $"district '{claim.Key}' would count for several partnerships ({names}); a district's residents can be counted once.");
            }
            foreach (var i in claim.Where(i => !mapped.Contains(i)))
            {
                _districts[i] = null;
                Warnings.Add(ImportDiagnostics.Warning(ImportCodes.SharedDistrict, table, _partnerships[i].Line, 0,
                    $"{_partnerships[i].Name} shares district '{claim.Key}' with {ImportText.Count(others, "other partnership", "other partnerships")} ({names}): the district's population is not its own, so its rates are unknown."));
            }
        }
    }

    private static bool Named(OnsPartnership p, string nameOrCode) =>
        p.Code.Equals(nameOrCode, StringComparison.OrdinalIgnoreCase) || p.Name.Equals(nameOrCode, StringComparison.OrdinalIgnoreCase);

    private void Error(string code, long line, int column, string message) =>
        _errors.Add(ImportDiagnostics.Error(code, _mapping.Path, line, column, message));
}
