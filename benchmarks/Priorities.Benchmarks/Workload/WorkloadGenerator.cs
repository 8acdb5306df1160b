using System.Globalization;

namespace Priorities.Benchmarks.Workload;

/// <summary>
/// Generates the workload of WORKLOAD.md. A single <see cref="Random"/> seeded with 42 is drawn
/// from in exactly the order the specification gives (harm, concern, trends, rules), so every
/// implementation sees the same facts and rules and the checksums are reproducible.
/// </summary>
public static class WorkloadGenerator
{
    private const int Seed = 42;

    public static GeneratedWorkload Generate(WorkloadSize size) => Generate(size.Facts, size.Rules);

    public static GeneratedWorkload Generate(int totalFacts, int ruleCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalFacts);
        ArgumentOutOfRangeException.ThrowIfNegative(ruleCount);
#pragma warning disable CA5394 // Deterministic pseudo-random data is the point: not security sensitive.
        var random = new Random(Seed);
#pragma warning restore CA5394
        var areas = AreaNames(totalFacts);
        var duties = WorkloadCatalog.Duties.Select(name => new StatutoryDuty(name)).ToList();
        var harms = GenerateHarms(random);
        var concerns = GenerateConcerns(random, areas);
        var trends = GenerateTrends(random, areas, totalFacts);
        var rules = GenerateRules(random, ruleCount);
        var facts = new WorkloadFacts(duties, harms, concerns, trends);
        return new GeneratedWorkload(new WorkloadSize(totalFacts, ruleCount), facts, rules);
    }

    private static string[] AreaNames(int totalFacts)
    {
        var count = Math.Max(5, totalFacts / (10 * WorkloadCatalog.Categories.Count));
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = "Ward" + (i + 1).ToString("D4", CultureInfo.InvariantCulture);
        }

        return names;
    }

    private static List<HarmScore> GenerateHarms(Random random)
    {
        var harms = new List<HarmScore>(WorkloadCatalog.Categories.Count);
        foreach (var category in WorkloadCatalog.Categories)
        {
            harms.Add(new HarmScore(category, Math.Round(5 + (NextDouble(random) * 95), 1)));
        }

        return harms;
    }

    private static List<CommunityConcern> GenerateConcerns(Random random, string[] areas)
    {
        var concerns = new List<CommunityConcern>(areas.Length * WorkloadCatalog.Categories.Count);
        foreach (var area in areas)
        {
            foreach (var category in WorkloadCatalog.Categories)
            {
                concerns.Add(new CommunityConcern(category, area, 1 + Next(random, 5)));
            }
        }

        return concerns;
    }

    private static List<CrimeTrend> GenerateTrends(Random random, string[] areas, int totalFacts)
    {
        var c = WorkloadCatalog.Categories.Count;
        var n = Math.Max(c, totalFacts - 3 - 20 - (c * areas.Length));
        var trends = new List<CrimeTrend>(n);
        for (var i = 0; i < n; i++)
        {
            var category = WorkloadCatalog.Categories[i % c];
            var area = areas[(i / c) % areas.Length];
            var year = 2015 + (i / (c * areas.Length));
            var previous = 20 + Next(random, 480);
            var delta = Math.Round(-50 + (NextDouble(random) * 130), 1);
            var count = (int)Math.Round(previous * (1 + (delta / 100.0)));
            trends.Add(new CrimeTrend(category, area, year, count, previous, delta));
        }

        return trends;
    }

    private static List<WorkloadRule> GenerateRules(Random random, int ruleCount)
    {
        var c = WorkloadCatalog.Categories.Count;
        var rules = new List<WorkloadRule>(ruleCount);
        for (var i = 0; i < ruleCount; i++)
        {
            var template = WorkloadCatalog.Templates[(i + (i / c)) % 4];
            var category = WorkloadCatalog.Categories[i % c];
            var deltaThreshold = Math.Round(NextDouble(random) * 40, 1);
            var harmMin = Math.Round(20 + (NextDouble(random) * 60), 1);
            var levelMin = 2 + Next(random, 4);
            var countMin = 50 + Next(random, 350);
            var duty = WorkloadCatalog.Duties[i % 3];
            var weight = 1 + Next(random, 5);
            var salience = Next(random, 10);
            var id = "R" + (i + 1).ToString("D4", CultureInfo.InvariantCulture);
            rules.Add(new WorkloadRule(
                id, template, category, deltaThreshold, harmMin, levelMin, countMin, duty, weight, salience));
        }

        return rules;
    }

#pragma warning disable CA5394 // Deterministic pseudo-random data is the point: not security sensitive.
    private static double NextDouble(Random random) => random.NextDouble();

    private static int Next(Random random, int maxValue) => random.Next(maxValue);
#pragma warning restore CA5394
}
