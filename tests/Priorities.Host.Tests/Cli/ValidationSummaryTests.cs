using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

public sealed class ValidationSummaryTests
{
    [Fact]
    public void Line_ValidSet_IdVersionCountsAndShortHash()
    {
        var line = ValidationSummary.Line("rules/oxford.yaml", SamplePlans.Info, 14, 30, 2);

        Assert.Equal("rules/oxford.yaml: valid — oxford-csp 2026.1, 14 priorities, 30 rules, 2 warnings, hash 1a2b3c4d", line);
    }

    [Fact]
    public void Line_OneOfEach_Singular()
    {
        var line = ValidationSummary.Line("a.yaml", SamplePlans.Info, 1, 1, 1);

        Assert.Equal("a.yaml: valid — oxford-csp 2026.1, 1 priority, 1 rule, 1 warning, hash 1a2b3c4d", line);
    }
}
