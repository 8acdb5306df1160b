using FsCheck;
using FsCheck.Xunit;
using Priorities.Import.Ons;

namespace Priorities.Import.Tests.Ons;

public sealed class AssessmentFileNamesTests
{
    [Fact]
    public void Next_SameSlugTwice_SecondGetsItsCode()
    {
        var names = new AssessmentFileNames(".yaml");

        Assert.Equal("bristol-city-of.yaml", names.Next("Bristol, City of", "E22000002"));
        Assert.Equal("bristol-city-of-e22000099.yaml", names.Next("BRISTOL City of", "E22000099"));
        Assert.Equal("bristol-city-of-e22000099-2.yaml", names.Next("Bristol (City of)", "E22000099"));
    }

    [Fact]
    public void Next_NoLettersOrDigits_TheCode() => Assert.Equal("e22000001.yaml", new AssessmentFileNames(".yaml").Next("../..", "E22000001"));

    [Property(MaxTest = 300)]
    public bool Next_Meets_Specification(NonEmptyString[] names)
    {
        var files = new AssessmentFileNames(".json");
        var made = names.Select((n, i) => files.Next(n.Get, $"E{i}")).ToList();
        return made.Distinct(StringComparer.OrdinalIgnoreCase).Count() == made.Count
            && made.All(f => f.EndsWith(".json", StringComparison.Ordinal) && f.Length <= AssessmentFileNames.MaxLength + 40
                && f[..^5].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && !f.StartsWith('-'));
    }
}
