using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.Ons;

namespace Priorities.Import.Tests.Ons;

public sealed class NationalComparisonsProperties
{
    /// <summary>0 to 100, higher for a higher rate, equal for equal rates, symmetric: the lowest 0 and the highest 100.</summary>
    [Property(MaxTest = 300)]
    public bool Percentile_Meets_Specification(NonEmptyArray<byte> counts)
    {
        var rates = counts.Get.Select(c => (double)c).ToArray();
        var sorted = rates.Order().ToArray();
        var percentiles = rates.Select(r => NationalComparisons.Percentile(sorted, r)).ToArray();
        if (rates.Length == 1) return percentiles[0] is null;
        var ok = percentiles.All(p => p is >= 0 and <= 100);
        for (var i = 0; i < rates.Length; i++)
            for (var j = 0; j < rates.Length; j++)
                ok &= rates[i] < rates[j] ? percentiles[i] < percentiles[j] : rates[i] > rates[j] || percentiles[i] == percentiles[j];
        var distinct = rates.Distinct().Count() == rates.Length;
        return ok && (!distinct || (percentiles.Min() == 0 && percentiles.Max() == 100));
    }

    [Theory]
    [InlineData(5, 1000, 5.0)]
    [InlineData(623, 162_000, 623 * 1000.0 / 162_000)]
    public void Rate_CountAndPopulation_PerThousand(int count, int population, double expected) =>
        Assert.Equal(expected, NationalComparisons.Rate(count, population));

    [Fact]
    public void Rate_NoPopulationOrZero_Unknown() =>
        Assert.Equal<double?>([null, null, null], [NationalComparisons.Rate(5, null), NationalComparisons.Rate(5, 0), NationalComparisons.Rate(null, 10)]);
}
