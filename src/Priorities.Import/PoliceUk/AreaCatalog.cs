using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// The areas of an import, shared by the file readers: requested areas first (ids 0..n-1, spelled as requested),
/// then every other area met, numbered as first met. Thread-safe; readers cache what they resolve.
/// </summary>
internal sealed class AreaCatalog
{
    private readonly Lock _gate = new();
    private readonly AreaMapping _mapping;
    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];
    private readonly int _requested;

    public AreaCatalog(IReadOnlyList<string> requested, AreaMapping mapping)
    {
        _mapping = mapping;
        foreach (var name in requested.Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            if (_ids.TryAdd(name, _names.Count)) _names.Add(name);
        }
        _requested = _names.Count;
    }

    /// <summary>Whether every area counts (no areas were requested).</summary>
    public bool AcceptsAll => _requested == 0;

    public int Count
    {
        get
        {
            lock (_gate) return _names.Count;
        }
    }

    public bool IsRequested(int id) => AcceptsAll || id < _requested;

    public string NameOf(int id)
    {
        lock (_gate) return _names[id];
    }

    /// <summary>The id of the area an LSOA name belongs to, after the mapping.</summary>
    public int Resolve(string lsoaName)
    {
        var area = _mapping.Apply(LsoaNames.AreaOf(lsoaName));
        lock (_gate)
        {
            if (_ids.TryGetValue(area, out var id)) return id;
            _ids.Add(area, _names.Count);
            _names.Add(area);
            return _names.Count - 1;
        }
    }
}
