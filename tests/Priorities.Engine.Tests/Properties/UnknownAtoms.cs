using static Priorities.Engine.Tests.Properties.ScenarioTypes;

namespace Priorities.Engine.Tests.Properties;

/// <summary>
/// Generated conjuncts over the nullable field <c>u</c>: guarded reads (<c>has(x.u) and x.u > n</c>,
/// <c>not has(x.u) or ...</c>, <c>has(x.u) ? x.u : d</c>), bare tests, and, once an earlier conjunct or pattern has
/// proven <c>u</c> known, bare reads as an alpha index key or a join key. The C# side reads <c>u</c> only where the
/// guard has held, so an engine that routed an unknown as if it were 0 would disagree with it.
/// </summary>
internal static class UnknownAtoms
{
    /// <summary>Up to two conjuncts for the match pattern at <paramref name="slot"/>; records the slots proven known.</summary>
    public static List<Atom> Match(Random random, int slot, HashSet<int> proven)
    {
        var atoms = new List<Atom>();
        for (var i = random.Next(0, 3); i > 0; i--) atoms.Add(One(random, slot, proven));
        return atoms;
    }

    /// <summary>A none or aggregate pattern, sometimes with a guarded conjunct over its own fact.</summary>
    public static ScenarioPattern Extend(Random random, ScenarioPattern pattern, int slot)
    {
        var n = random.Next(0, 21);
        var (binding, extra) = (pattern.Binding == "n" ? "n" : "e", random.Next(3));
        Atom? atom = extra switch
        {
            0 => new Atom($"has({binding}.u) and {binding}.u > {n}", t => U(t[slot]) is { } u && u > n),
            1 => new Atom($"not has({binding}.u)", t => U(t[slot]) is null),
            _ => null,
        };
        return atom is null ? pattern : pattern with { Atoms = [.. pattern.Atoms, atom] };
    }

    private static Atom One(Random random, int slot, HashSet<int> proven)
    {
        var x = "x" + slot;
        var n = random.Next(0, 21);
        var j = slot > 0 ? random.Next(slot) : -1;
        var choice = random.Next(9);
        if (choice == 3) proven.Add(slot);
        return choice switch
        {
            0 => new Atom($"has({x}.u) and {x}.u > {n}", t => U(t[slot]) is { } u && u > n),
            1 => new Atom($"(not has({x}.u) or {x}.u <= {n})", t => U(t[slot]) is not { } u || u <= n),
            2 => new Atom($"(has({x}.u) ? {x}.u : {n % 7}) >= {n}", t => (U(t[slot]) ?? n % 7) >= n),
            3 => new Atom($"has({x}.u)", t => U(t[slot]) is not null),
            4 => new Atom($"not has({x}.u)", t => U(t[slot]) is null),
            5 when proven.Contains(slot) => new Atom($"{x}.u == {n % 4}", t => KnownU(t[slot]) == n % 4),
            6 when j >= 0 && proven.Contains(j) => new Atom($"{x}.k == x{j}.u", t => K(t[slot]) == KnownU(t[j])),
            7 when j >= 0 && proven.Contains(slot) => new Atom($"{x}.u == x{j}.k", t => KnownU(t[slot]) == K(t[j])),
            _ => new Atom($"(has({x}.u) or {x}.v >= 0)", _ => true),
        };
    }
}
