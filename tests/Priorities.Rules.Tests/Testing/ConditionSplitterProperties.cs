using FsCheck.Xunit;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

public sealed class ConditionSplitterProperties
{
    private static readonly string[] Atoms =
        ["t.count >= 10", "has(t.changePct)", "t.category in p.covers", "(a or b)", "a or b and c", "c ? a and b : d", "not t.smallNumbers", "x.name == 'a and b'", "land > 1"];

    /// <summary>Conjuncts joined with <c>and</c> (some in parentheses) split back into themselves, at their offsets.</summary>
    [Property(MaxTest = 300)]
    public void Split_JoinedConjuncts_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var atoms = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Atoms[random.Next(Atoms.Length)]).ToArray();
        var text = string.Join(" and ", atoms.Select(a => random.Next(2) == 0 && !Loose(a) ? a : $"({a})"));

        var parts = ConditionSplitter.Split(text);

        Assert.All(parts, p => Assert.Equal(p.Text, text.Substring(p.Offset, p.Text.Length)));
        Assert.Equal(atoms.Select(ConditionSplitter.Normal), parts.Select(p => ConditionSplitter.Normal(p.Text)));
    }

    private static bool Loose(string atom) => atom.Contains(" or ", StringComparison.Ordinal) || atom.Contains('?', StringComparison.Ordinal);

    [Theory]
    [InlineData("a > 1 and (b < 2 and c)", "a > 1|b < 2|c")]
    [InlineData("not (a and b) and c", "not (a and b)|c")]
    [InlineData("(a or b and c)", "a or b and c")]
    [InlineData("a and b or c", "a and b or c")]
    public void Split_Nested_ConjunctsAsTheEngineSplitsThem(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', ConditionSplitter.Split(text).Select(p => p.Text)));
    }
}
