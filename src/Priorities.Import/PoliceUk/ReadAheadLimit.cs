using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Lets file <c>i</c> be read only once fewer than <c>limit</c> files before it are still waiting to be merged, that
/// is once <c>i &lt; next + limit</c> where <c>next</c> is the first file not yet merged: however slow one file is,
/// at most <c>limit</c> files are being read or waiting with their tallies.
/// </summary>
/// <remarks>
/// This cannot deadlock. The file the merge waits for (<c>next</c>) may always be read, since
/// <c>next &lt; next + limit</c>. The read loop hands files out in ascending order, so either <c>next</c> is already
/// handed to a worker, which is then reading it and not waiting here, or it is not handed out yet: then every file
/// handed out is before it, merged and done, so a worker is free to take it. Either way <c>next</c> is read, merged,
/// and lets the file <c>limit</c> places after it go.
/// </remarks>
internal sealed class ReadAheadLimit
{
    private readonly TaskCompletionSource[] _mayRead;
    private readonly int _limit;

    public ReadAheadLimit(int files, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
        _mayRead = new TaskCompletionSource[files];
        for (var i = 0; i < files; i++) _mayRead[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < Math.Min(files, limit); i++) _mayRead[i].SetResult();
    }

    /// <summary>Completes when file <paramref name="index"/> may be read.</summary>
    public Task WaitAsync(int index, CancellationToken cancellationToken) => _mayRead[index].Task.WaitAsync(cancellationToken);

    /// <summary>File <paramref name="index"/> is merged (files are merged in order): the file <c>limit</c> places after it may be read.</summary>
    public void Merged(int index)
    {
        if (_limit < _mayRead.Length - index) _mayRead[index + _limit].TrySetResult();
    }
}
