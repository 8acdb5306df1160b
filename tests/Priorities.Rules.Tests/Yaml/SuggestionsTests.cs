using Priorities.Yaml;

namespace Priorities.Rules.Tests.Yaml;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("prioritys", "priorities")]
    [InlineData("WHEN", "when")]
    [InlineData("numbr", "number")]
    [InlineData("it", "int")]
    public void Nearest_CloseMisspelling_ReturnsTheCandidate(string name, string expected) =>
        Assert.Equal(expected, Suggestions.Nearest(name, ["when", "then", "priorities", "number", "int", "string"]));

    [Fact]
    public void Nearest_TooFarFromEveryCandidate_ReturnsNull() =>
        Assert.Null(Suggestions.Nearest("xyz", ["when", "then", "priorities"]));

    [Fact]
    public void Nearest_NoCandidates_ReturnsNull() =>
        Assert.Null(Suggestions.Nearest("when", []));

    [Fact]
    public void Nearest_Tie_ReturnsTheFirstInOrdinalOrder() =>
        Assert.Equal("bat", Suggestions.Nearest("cat", ["hat", "bat"]));
}
