using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class PoliceUkReadLoopTests
{
    private static readonly string[] Files = Enumerable.Range(0, 10).Select(i => $"f{i}.csv").ToArray();

    [Fact]
    public async Task WaitToReadAsync_FileAtTheLimit_WaitsUntilTheFirstIsMerged()
    {
        var merge = new PoliceUkMerge(Files, readAhead: 3);

        var beforeLimit = merge.WaitToReadAsync(2, CancellationToken.None);
        var atLimit = merge.WaitToReadAsync(3, CancellationToken.None);
        var waited = atLimit.IsCompleted;
        merge.Finish(1, new FileTally(Files[1]));
        var afterSecond = atLimit.IsCompleted;
        merge.Finish(0, new FileTally(Files[0]));

        Assert.True(beforeLimit.IsCompleted);
        Assert.False(waited || afterSecond);
        await atLimit.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(merge.WaitToReadAsync(5, CancellationToken.None).IsCompleted);
    }

    /// <summary>
    /// While the first file is slow, the other worker reads up to the limit and no further; every file is still
    /// read and merged in the end (no deadlock).
    /// </summary>
    [Fact]
    public async Task RunAsync_SlowFirstFile_OthersReadNoFurtherThanTheLimit()
    {
        const int Limit = 3;
        var merge = new PoliceUkMerge(Files, readAhead: Limit);
        var furthest = -1;
        var furthestWhileSlow = -1;
        using var lastAllowedStarted = new ManualResetEventSlim();

        FileTally Read(int index, CancellationToken token)
        {
            InterlockedMax(ref furthest, index);
            if (index == Limit - 1) lastAllowedStarted.Set();
            if (index == 0)
            {
                if (!lastAllowedStarted.Wait(TimeSpan.FromSeconds(10), token)) throw new TimeoutException("the other worker did not read ahead");
                Thread.Sleep(200);
                furthestWhileSlow = Volatile.Read(ref furthest);
            }
            return new FileTally(Files[index]) { Rows = index };
        }

        var tallies = await PoliceUkReadLoop.RunAsync(Files.Length, Read, merge, parallelism: 2, CancellationToken.None);

        Assert.Equal(Limit - 1, furthestWhileSlow);
        Assert.Equal(Enumerable.Range(0, Files.Length), tallies.Select(t => (int)t.Rows));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); seen < value; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }
}
