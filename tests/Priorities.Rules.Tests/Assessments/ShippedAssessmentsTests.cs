using Priorities.Assessments;
using Priorities.Assessments.Reading;

namespace Priorities.Rules.Tests.Assessments;

public sealed class ShippedAssessmentsTests
{
    [Fact]
    public void Names_Shipped_AreTheRepositorySamples()
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "samples"), "*.yaml")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, ShippedAssessments.Names);
        Assert.Contains(ShippedAssessments.DefaultName, ShippedAssessments.Names);
    }

    [Fact]
    public void Load_EveryShippedName_SameAssessmentAsTheRepositoryFile()
    {
        foreach (var name in ShippedAssessments.Names)
        {
            var shipped = ShippedAssessments.Load(name);
            var disk = AssessmentReader.Read(Path.Combine(Repository.Root, "samples", name + ".yaml"));

            Assert.True(shipped.Succeeded, string.Join("\n", shipped.Diagnostics));
            Assert.Equal($"(shipped)/samples/{name}.yaml", shipped.File);
            Assert.Equal(AssessmentSerializer.ToJson(disk.Assessment!), AssessmentSerializer.ToJson(shipped.Assessment!));
        }
    }

    [Fact]
    public void Load_UnknownName_ThrowsListingTheShippedOnes()
    {
        Assert.False(ShippedAssessments.Contains("oxford"));
        var error = Assert.Throws<ArgumentException>(() => ShippedAssessments.Load("oxford"));
        Assert.Contains("oxford-city-2024", error.Message, StringComparison.Ordinal);
    }
}
