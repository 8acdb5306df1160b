using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using static Priorities.Engine.Tests.Properties.ScenarioTypes;

namespace Priorities.Engine.Tests.Properties;

/// <summary>
/// Generates small random rule sets and facts from a seed: joins, filters, negation, aggregates and chaining; and, from
/// a second random stream (so that the rest of each scenario stays as it was), facts whose nullable <c>u</c> is
/// unknown a third of the time and extra conjuncts that guard <c>u</c> with <c>has</c>, in the same conjunct or in an
/// earlier one or an earlier pattern, after which <c>u</c> is read bare (as an index or join key too).
/// </summary>
internal static class ScenarioGenerator
{
    private static readonly string[] Strings = ["p", "q", "r"];

    public static Scenario Generate(int seed, bool allowChaining = true)
    {
        var random = new Random(seed);
        var extra = new Random(~seed);
        var facts = new List<FactRecord>();
        for (var i = random.Next(0, 9); i > 0; i--) facts.Add(Make(A, random.Next(0, 4), random.Next(0, 21), Strings[random.Next(3)], Maybe(extra)));
        for (var i = random.Next(0, 9); i > 0; i--) facts.Add(Make(B, random.Next(0, 4), random.Next(0, 21), u: Maybe(extra)));
        facts = facts.OrderBy(_ => random.Next()).ToList();
        var rules = Enumerable.Range(0, random.Next(1, 5)).Select(i => Rule(random, extra, i, allowChaining)).ToList();
        return new Scenario(rules, facts);
    }

    private static ScenarioRule Rule(Random random, Random extra, int index, bool allowChaining)
    {
        var patterns = new List<ScenarioPattern>();
        var types = new List<string>();
        var proven = new HashSet<int>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var type = new[] { "A", "B", "C" }[random.Next(3)];
            var atoms = MatchAtoms(random, types.Count, type, types);
            atoms.AddRange(UnknownAtoms.Match(extra, types.Count, proven));
            patterns.Add(new ScenarioPattern(PatternKind.Match, type, "x" + types.Count, atoms));
            types.Add(type);
        }
        if (random.Next(4) == 0) patterns.Add(UnknownAtoms.Extend(extra, Negation(random, patterns.Count), patterns.Count));
        if (random.Next(4) == 0) patterns.Add(UnknownAtoms.Extend(extra, Aggregate(random, patterns.Count), patterns.Count));
        return new ScenarioRule("r" + index, random.Next(0, 3), patterns, allowChaining && random.Next(3) == 0);
    }

    private static long? Maybe(Random random) => random.Next(3) == 0 ? null : random.Next(0, 21);

    private static List<Atom> MatchAtoms(Random random, int slot, string type, List<string> earlier)
    {
        var atoms = new List<Atom>();
        for (var i = random.Next(0, 3); i > 0; i--) atoms.Add(MatchAtom(random, slot, type, earlier.Count));
        return atoms;
    }

    private static Atom MatchAtom(Random random, int slot, string type, int earlier)
    {
        var x = "x" + slot;
        var n = random.Next(0, 21);
        var j = earlier > 0 ? random.Next(earlier) : -1;
        return random.Next(6) switch
        {
            0 => new Atom($"{x}.v > {n}", t => V(t[slot]) > n),
            1 => new Atom($"{x}.v <= {n}", t => V(t[slot]) <= n),
            2 when type == "A" => new Atom($"{x}.s == 'p'", t => S(t[slot]) == "p"),
            3 when j >= 0 => new Atom($"{x}.k == x{j}.k", t => K(t[slot]) == K(t[j])),
            4 when j >= 0 => new Atom($"{x}.v + x{j}.v > {n * 2}", t => V(t[slot]) + V(t[j]) > n * 2),
            _ => new Atom($"{x}.k != {n % 4}", t => K(t[slot]) != n % 4),
        };
    }

    private static ScenarioPattern Negation(Random random, int slot)
    {
        var n = random.Next(0, 21);
        var type = random.Next(2) == 0 ? "B" : "C";
        return new ScenarioPattern(PatternKind.NotExists, type, "n", [
            new Atom("n.k == x0.k", t => K(t[slot]) == K(t[0])),
            new Atom($"n.v > {n}", t => V(t[slot]) > n)]);
    }

    private static ScenarioPattern Aggregate(Random random, int slot)
    {
        var type = random.Next(2) == 0 ? "B" : "C";
        return new ScenarioPattern(PatternKind.Aggregate, type, "cnt", [new Atom("e.k == x0.k", t => K(t[slot]) == K(t[0]))], random.Next(0, 4));
    }
}
