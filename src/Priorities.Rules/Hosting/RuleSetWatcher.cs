namespace Priorities.Hosting;

/// <summary>
/// Watches rule files (and folders of them) and calls back once they have been quiet for the delay: editors save in
/// bursts (write, rename, touch), and each burst should give one reload.
/// </summary>
internal sealed class RuleSetWatcher : IDisposable
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private readonly Lock _gate = new();
    private readonly Action<string> _changed;
    private readonly ITimer _timer;
    private readonly TimeSpan _delay;
    private readonly List<FileSystemWatcher> _watchers = [];
    private HashSet<string> _files = new(PathComparer);
    private HashSet<string> _folders = new(PathComparer);
    private string _lastPath = string.Empty;
    private bool _disposed;

    public RuleSetWatcher(TimeProvider time, TimeSpan delay, Action<string> changed)
    {
        _delay = delay;
        _changed = changed;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Replaces what is watched: these files, and any YAML file in these folders.</summary>
    public void Watch(IEnumerable<string> files, IEnumerable<string> folders)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _files = new HashSet<string>(files.Select(Path.GetFullPath), PathComparer);
            _folders = new HashSet<string>(folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))), PathComparer);
            StopWatchers();
            var directories = _files.Select(Path.GetDirectoryName).OfType<string>().Concat(_folders).Distinct(PathComparer);
            foreach (var directory in directories.Where(Directory.Exists)) _watchers.Add(Start(directory));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            StopWatchers();
        }
        _timer.Dispose();
    }

    private FileSystemWatcher Start(string directory)
    {
        var watcher = new FileSystemWatcher(directory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, e) => OnEvent(e.FullPath);
        watcher.Created += (_, e) => OnEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnEvent(e.OldFullPath);
            OnEvent(e.FullPath);
        };
        watcher.Error += (_, _) => OnEvent(directory);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnEvent(string path)
    {
        lock (_gate)
        {
            if (_disposed || !IsWatched(path)) return;
            _lastPath = path;
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    private bool IsWatched(string path)
    {
        if (_files.Contains(path) || _folders.Contains(path)) return true;
        var extension = Path.GetExtension(path);
        var isYaml = extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
        return isYaml && Path.GetDirectoryName(path) is { } folder && _folders.Contains(folder);
    }

    private void Fire()
    {
        string path;
        lock (_gate)
        {
            if (_disposed) return;
            path = _lastPath;
        }
        _changed(path);
    }

    private void StopWatchers()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
    }
}
