using FsCheck.Xunit;
using Priorities.Sensitivity;
using static Priorities.Rules.Tests.Sensitivity.SensitivityFixtures;

namespace Priorities.Rules.Tests.Sensitivity;

/// <summary>The invariants of the analysis on random small rule sets.</summary>
public sealed class SensitivityProperties
{
    /// <summary>With no spread every sample is the proposal: rank intervals of width 0, τ = 1, selection certain.</summary>
    [Property(MaxTest = 100)]
    public void Sensitivity_SpreadZero_Meets_Specification(int seed, long sampleSeed)
    {
        var result = Analyze(Random(seed), new SensitivityOptions { Spread = 0, Samples = 25, Seed = sampleSeed });

        Assert.Equal(new TauSummary(1, 1), result.Tau);
        Assert.All(result.Priorities, p =>
        {
            Assert.Equal((p.Place, p.Place), (p.RankLow, p.RankHigh));
            Assert.Equal(p.Selected ? 1 : 0, p.SelectedProbability);
            Assert.Equal(p.Selected ? p.Place : null, p.Rank);
        });
    }

    /// <summary>
    /// The flip really flips: re-scored at its weight the priority changes sides, one step short of it it does not,
    /// and no smaller change of any one weight (relative to that weight; then absolute) does either.
    /// </summary>
    [Property(MaxTest = 150)]
    public void Flip_Meets_Specification(int seed, int probeSeed)
    {
        var fixture = Random(seed);
        var rescorer = Rescorer(fixture);
        var result = Analyze(fixture, new SensitivityOptions { Samples = 1 });
        var weights = rescorer.BaseWeights;
        var random = new Random(probeSeed);
        foreach (var p in result.Priorities.Where(p => !p.Mandatory))
        {
            var i = rescorer.Candidates.ToList().FindIndex(c => c.Id == p.Id);
            bool SelectedAt(int d, double w) => rescorer.Rank(weights.Select((x, j) => j == d ? w : x).ToArray()).Selected[i];
            if (p.Flip is { } flip)
            {
                var d = result.Dimensions.ToList().FindIndex(x => x.Id == flip.Dimension);
                Assert.NotEqual(p.Selected, SelectedAt(d, flip.To));
                Assert.Equal(p.Selected, SelectedAt(d, Math.Round(flip.To - Math.Sign(flip.Change) * 0.001, 9)));
            }
            for (var d = 0; d < weights.Length; d++)
            {
                foreach (var w in Probes(random, weights[d], p.Flip, result.FlipLimit))
                {
                    if (Smaller(weights[d], w, p.Flip)) Assert.Equal(p.Selected, SelectedAt(d, w));
                }
            }
        }
    }

    /// <summary>Grid weights of one dimension: some anywhere in the range, some within the flip's relative change.</summary>
    private static IEnumerable<double> Probes(Random random, double from, WeightFlip? flip, double limit)
    {
        var span = flip is { From: > 0 } f ? Math.Abs(f.Change) / f.From * from : limit;
        for (var k = 0; k < 12; k++)
        {
            var reach = k < 6 ? limit : span;
            var steps = (int)Math.Round((random.NextDouble() * 2 - 1) * reach / 0.001);
            var w = Math.Round(from + steps * 0.001, 9);
            if (w >= 0 && w <= limit) yield return w;
        }
    }

    private static bool Smaller(double from, double to, WeightFlip? flip)
    {
        if (flip is null) return true;
        static (double, double) Key(double from, double change) =>
            (from > 0 ? Math.Abs(change) / from : double.PositiveInfinity, Math.Abs(change));
        return Key(from, Math.Round(to - from, 9)).CompareTo(Key(flip.From, flip.Change)) < 0;
    }
}
