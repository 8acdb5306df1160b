namespace Priorities;

/// <summary>Settings of <see cref="PrioritiesServiceCollectionExtensions.AddPriorities"/>: which rule set to serve and whether to follow edits.</summary>
public sealed class PrioritiesOptions
{
    /// <summary>
    /// Rule files or folders of them that together name exactly one root rule set (a file that another includes is
    /// not a root). Relative paths resolve from the current directory.
    /// </summary>
    public IList<string> Rules { get; } = [];

    /// <summary>
    /// Reload the rule set when one of its files (the root or an include) changes on disk. A reload that does not
    /// compile is logged with its diagnostics and the last good rule set keeps serving. Default: false.
    /// </summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long the files must stay quiet after a change before the reload (editors write in bursts). Default: 250 ms.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(250);
}
