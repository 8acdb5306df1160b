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
    private string _stamp = string.Empty;
    private bool _anyYaml;
    private bool _disposed;

    public RuleSetWatcher(TimeProvider time, TimeSpan delay, Action<string> changed)
    {
        _delay = delay;
        _changed = changed;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Replaces what is watched: these files, and any YAML file in these folders.</summary>
    public void Watch(IEnumerable<string> files, IEnumerable<string> folders, bool anyYaml = false)
    {
        lock (_gate)
        {
            if (_disposed) return;
            _anyYaml = anyYaml;
            _files = new HashSet<string>(files.Select(Path.GetFullPath), PathComparer);
            _folders = new HashSet<string>(folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))), PathComparer);
            var directories = _files.Select(Path.GetDirectoryName).OfType<string>().Concat(_folders)
                .Distinct(PathComparer).Where(Directory.Exists).Order(PathComparer).ToArray();
            // The same folders keep their watchers: recreating them would leave a moment in which an edit goes unseen.
            if (directories.SequenceEqual(_watchers.Select(w => w.Path), PathComparer)) return;
            StopWatchers();
            foreach (var directory in directories) _watchers.Add(Start(directory));
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
            _stamp = Stamp();
            _timer.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    private bool IsWatched(string path)
    {
        if (_files.Contains(path) || _folders.Contains(path)) return true;
        var extension = Path.GetExtension(path);
        var isYaml = extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
        if (!isYaml || Path.GetDirectoryName(path) is not { } folder) return false;
        return _folders.Contains(folder) || (_anyYaml && _files.Any(f => PathComparer.Equals(Path.GetDirectoryName(f), folder)));
    }

    private void Fire()
    {
        string path;
        lock (_gate)
        {
            if (_disposed) return;
            var stamp = Stamp();
            if (stamp != _stamp)
            {
                _stamp = stamp;
                _timer.Change(_delay, Timeout.InfiniteTimeSpan);
                return;
            }
            path = _lastPath;
        }
        _changed(path);
    }

    /// <summary>
    /// The size and write time of the watched files and the last changed one: a file still being written (its stamp
    /// moved since the last event) waits another debounce, so a half-saved file is not read.
    /// </summary>
    private string Stamp() => string.Join('|', _files.Append(_lastPath).Order(StringComparer.Ordinal).Select(f =>
    {
        var info = new FileInfo(f);
        return info.Exists ? FormattableString.Invariant($"{info.Length}:{info.LastWriteTimeUtc.Ticks}") : "-";
    }));

    private void StopWatchers()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _watchers.Clear();
    }
}
