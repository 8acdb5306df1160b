namespace Priorities.Sensitivity;

/// <summary>
/// The seeded Monte Carlo part of the analysis: every sample draws each weight w uniformly from
/// [w(1 − s), w(1 + s)] (dimension by dimension, sample by sample, from one <see cref="SplitMix64"/> stream), then
/// ranks and selects again. Samples are scored in parallel, but each is stored in its place, so the outcome depends
/// only on the seed.
/// </summary>
internal static class MonteCarlo
{
    /// <summary>Runs the samples against the rule set's own ranking.</summary>
    /// <param name="rescorer">Scores the assessment under other weights.</param>
    /// <param name="baseline">The ranking under the rule set's weights: its order names the items followed.</param>
    /// <param name="options">Spread, number of samples and seed.</param>
    /// <param name="cancellationToken">Stops a long analysis.</param>
    public static MonteCarloOutcome Run(
        Rescorer rescorer, Ranking baseline, SensitivityOptions options, CancellationToken cancellationToken)
    {
        var weights = Draw(rescorer.BaseWeights, options);
        var items = baseline.Order;
        var baseRanks = Enumerable.Range(1, items.Length).ToArray();
        var ranks = items.Select(_ => new int[options.Samples]).ToArray();
        var selected = new int[options.Samples][];
        var taus = new double[options.Samples];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, options.Samples, parallel, k =>
        {
            var ranking = rescorer.Rank(weights[k]);
            var sampleRanks = RanksOf(items, ranking);
            for (var t = 0; t < items.Length; t++) ranks[t][k] = sampleRanks[t];
            selected[k] = items.Select(i => ranking.Selected[i] ? 1 : 0).ToArray();
            taus[k] = KendallTau.Of(baseRanks, sampleRanks);
        });
        foreach (var r in ranks) Array.Sort(r);
        Array.Sort(taus);
        var counts = items.Select((_, t) => selected.Sum(s => s[t])).ToArray();
        return new MonteCarloOutcome(ranks, counts, taus);
    }

    /// <summary>The weights of every sample, drawn in order from the seed.</summary>
    internal static double[][] Draw(double[] baseWeights, SensitivityOptions options)
    {
        var random = new SplitMix64(unchecked((ulong)options.Seed));
        var samples = new double[options.Samples][];
        for (var k = 0; k < samples.Length; k++)
        {
            var weights = new double[baseWeights.Length];
            for (var d = 0; d < weights.Length; d++)
                weights[d] = baseWeights[d] * (1 + options.Spread * (2 * random.NextDouble() - 1));
            samples[k] = weights;
        }
        return samples;
    }

    /// <summary>
    /// Each followed item's rank among the followed items in a sample's order (an item the sample does not list, such
    /// as a duty that does not apply and was not selected, comes last, in catalogue order).
    /// </summary>
    private static int[] RanksOf(int[] items, Ranking ranking)
    {
        var next = 1;
        var index = new Dictionary<int, int>(items.Length);
        for (var t = 0; t < items.Length; t++) index[items[t]] = t;
        var ranks = new int[items.Length];
        foreach (var i in ranking.Order)
            if (index.TryGetValue(i, out var t)) ranks[t] = next++;
        foreach (var t in Enumerable.Range(0, items.Length).Where(t => ranks[t] == 0).OrderBy(t => items[t]))
            ranks[t] = next++;
        return ranks;
    }
}
