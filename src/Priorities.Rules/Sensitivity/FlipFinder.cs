namespace Priorities.Sensitivity;

/// <summary>
/// The one-at-a-time sweeps: for each dimension, its weight moved alone over the grid of multiples of
/// <see cref="Step"/> away from the rule set's (clamped to [0, upper]), and for each priority the grid weight nearest
/// the rule set's at which its selection changes. Probes sit between the <see cref="FlipEvents"/>, where nothing can
/// change; from the last probe that leaves a priority as it was to the first that does not, a bisection on the grid
/// finds the flip, and the re-scoring at the flip and one step short of it proves it (the rounding of totals and the
/// tie-break are then exactly the plan's). The smallest relative change over all dimensions wins.
/// </summary>
internal sealed class FlipFinder
{
    /// <summary>The resolution of a flip's weight.</summary>
    public const double Step = 0.001;

    private readonly Rescorer _rescorer;
    private readonly Ranking _baseline;
    private readonly double _upper;
    private readonly double[] _base;

    /// <summary>A finder over weights from 0 to <paramref name="upper"/>.</summary>
    public FlipFinder(Rescorer rescorer, Ranking baseline, double upper)
    {
        (_rescorer, _baseline, _upper) = (rescorer, baseline, upper);
        _base = rescorer.BaseWeights;
    }

    /// <summary>Per catalogue index, the smallest single-weight change that flips its selection, or null.</summary>
    public WeightFlip?[] Find(CancellationToken cancellationToken)
    {
        var best = new WeightFlip?[_rescorer.Candidates.Count];
        for (var d = 0; d < _base.Length; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sweep = new Sweep(this, d);
            foreach (var direction in new[] { 1, -1 })
            {
                var probes = sweep.Probes(direction);
                for (var i = 0; i < best.Length; i++)
                {
                    if (_rescorer.Candidates[i].Mandatory) continue;
                    if (sweep.Flip(i, probes, best[i]) is { } flip) best[i] = flip;
                }
            }
        }
        return best;
    }

    /// <summary>Whether <paramref name="flip"/> is a smaller change than <paramref name="other"/>.</summary>
    internal static bool Smaller(WeightFlip flip, WeightFlip? other) =>
        other is null || Key(flip).CompareTo(Key(other)) < 0;

    private static (double Relative, double Absolute) Key(WeightFlip f) =>
        (f.From > 0 ? Math.Abs(f.Change) / f.From : double.PositiveInfinity, Math.Abs(f.Change));

    /// <summary>The sweep of one dimension: its grid, its probes and the rankings re-scored so far.</summary>
    private sealed class Sweep(FlipFinder finder, int d)
    {
        private readonly Dictionary<int, Ranking> _rankings = new() { [0] = finder._baseline };
        private readonly double _from = finder._base[d];

        /// <summary>The probes in one direction (1 up, −1 down), nearest first, the last at the end of the range.</summary>
        public int[] Probes(int direction)
        {
            var end = direction > 0
                ? (int)Math.Floor((finder._upper - _from) / Step + 1e-9)
                : -(int)Math.Ceiling(_from / Step - 1e-9);
            if (end * direction <= 0) return [];
            var events = FlipEvents.For(finder._rescorer, d, finder._upper)
                .Select(w => (w - _from) / Step * direction)
                .Where(g => g >= 0 && g <= end * direction)
                .Distinct().Order().ToArray();
            var probes = events.Zip(events.Skip(1), (a, b) => (int)Math.Round((a + b) / 2))
                .Append(end * direction).Where(p => p > 0).Distinct().Order();
            return probes.Select(p => p * direction).ToArray();
        }

        /// <summary>The flip of candidate <paramref name="i"/> in the direction of the probes, if smaller than best.</summary>
        public WeightFlip? Flip(int i, int[] probes, WeightFlip? best)
        {
            var selected = finder._baseline.Selected[i];
            var last = 0;
            foreach (var probe in probes)
            {
                if (best is not null && !Smaller(At(last), best)) return null;
                if (Rank(probe).Selected[i] != selected)
                {
                    var flip = At(Bisect(i, selected, last, probe));
                    return Smaller(flip, best) ? flip : null;
                }
                last = probe;
            }
            return null;
        }

        private int Bisect(int i, bool selected, int same, int changed)
        {
            while (Math.Abs(changed - same) > 1)
            {
                var mid = same + (changed - same) / 2;
                if (Rank(mid).Selected[i] == selected) same = mid;
                else changed = mid;
            }
            return changed;
        }

        private WeightFlip At(int k)
        {
            var to = Weight(k);
            return new WeightFlip(finder._rescorer.Scoring.Dimensions[d].Id, _from, to, Math.Round(to - _from, 9));
        }

        private double Weight(int k) => k == 0 ? _from : Math.Max(0, Math.Round(_from + k * Step, 9));

        private Ranking Rank(int k)
        {
            if (_rankings.TryGetValue(k, out var ranking)) return ranking;
            var weights = finder._base.ToArray();
            weights[d] = Weight(k);
            return _rankings[k] = finder._rescorer.Rank(weights);
        }
    }
}
