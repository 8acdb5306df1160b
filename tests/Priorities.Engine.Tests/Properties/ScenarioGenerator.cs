using Priorities.Engine.Facts;
using Priorities.Engine.Model;
using static Priorities.Engine.Tests.Properties.ScenarioTypes;

namespace Priorities.Engine.Tests.Properties;

/// <summary>Generates small random rule sets and facts from a seed: joins, filters, negation, aggregates and chaining.</summary>
internal static class ScenarioGenerator
{
    private static readonly string[] Strings = ["p", "q", "r"];

    public static Scenario Generate(int seed, bool allowChaining = true)
    {
        var random = new Random(seed);
        var facts = new List<FactRecord>();
        for (var i = random.Next(0, 9); i > 0; i--) facts.Add(Make(A, random.Next(0, 4), random.Next(0, 21), Strings[random.Next(3)]));
        for (var i = random.Next(0, 9); i > 0; i--) facts.Add(Make(B, random.Next(0, 4), random.Next(0, 21)));
        facts = facts.OrderBy(_ => random.Next()).ToList();
        var rules = Enumerable.Range(0, random.Next(1, 5)).Select(i => Rule(random, i, allowChaining)).ToList();
        return new Scenario(rules, facts);
    }

    private static ScenarioRule Rule(Random random, int index, bool allowChaining)
    {
        var patterns = new List<ScenarioPattern>();
        var types = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var type = new[] { "A", "B", "C" }[random.Next(3)];
            patterns.Add(new ScenarioPattern(PatternKind.Match, type, "x" + types.Count, MatchAtoms(random, types.Count, type, types)));
            types.Add(type);
        }
        if (random.Next(4) == 0) patterns.Add(Negation(random, patterns.Count));
        if (random.Next(4) == 0) patterns.Add(Aggregate(random, patterns.Count));
        return new ScenarioRule("r" + index, random.Next(0, 3), patterns, allowChaining && random.Next(3) == 0);
    }

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
