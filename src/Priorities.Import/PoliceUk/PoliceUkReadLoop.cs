using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>
/// Reads the files of a police.uk import in parallel, handing each tally to the merge as it is read. A file is read
/// only when the merge lets it (<see cref="PoliceUkMerge.WaitToReadAsync"/>), so readers never run far ahead of a
/// slow file; files are handed out in ascending order, which is what keeps that wait free of deadlock.
/// </summary>
internal static class PoliceUkReadLoop
{
    /// <summary>Reads files 0 to <paramref name="count"/> - 1 with <paramref name="read"/>; returns their tallies in file order.</summary>
    public static async Task<FileTally[]> RunAsync(int count, Func<int, CancellationToken, FileTally> read, PoliceUkMerge merge, int parallelism, CancellationToken cancellationToken)
    {
        var tallies = new FileTally[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (index, token) =>
        {
            await merge.WaitToReadAsync(index, token).ConfigureAwait(false);
            tallies[index] = read(index, token);
            merge.Finish(index, tallies[index]);
        }).ConfigureAwait(false);
        return tallies;
    }
}
