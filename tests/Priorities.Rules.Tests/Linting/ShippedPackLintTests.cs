using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Linting;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Linting;

/// <summary>
/// The shipped packs lint with the shipped samples: only warnings, and of them only the kinds reviewed (see the lint
/// section of rules/README.md): rules-only structural problems (PR6100, PR6102, PR6103) would be real faults.
/// </summary>
public sealed class ShippedPackLintTests
{
    private static readonly Lazy<Assessment[]> Samples = new(() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "samples"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => AssessmentSerializer.FromYaml(File.ReadAllText(f))).ToArray());

    [Theory]
    [InlineData("oxford.yaml")]
    [InlineData("matrix.yaml")]
    [InlineData("morile.yaml")]
    [InlineData("oxfordshire-district.yaml")]
    [InlineData("seed-001-oxfordshire-csa.yaml")]
    [InlineData("seed-003-south-and-vale.yaml")]
    public void Lint_ShippedPackWithSamples_WarningsOnlyAndNoStructuralFault(string file)
    {
        var ruleSet = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", file)).RuleSet!;

        var warnings = RuleSetLinter.Lint(ruleSet, Samples.Value);

        Assert.All(warnings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(warnings, d => Assert.StartsWith("PR61", d.Code, StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, d => d.Code is "PR6100" or "PR6102" or "PR6103");
    }

    [Fact]
    public void Lint_Oxford_PilotDutyRuleNeverFiresOnSamples()
    {
        var ruleSet = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxford.yaml")).RuleSet!;

        var warnings = RuleSetLinter.Lint(ruleSet, Samples.Value);

        Assert.Contains(warnings, d => d.Code == "PR6101" && d.Message.Contains("'duty-offensive-weapons-homicide-review'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_RollUpRuleSet_SampleChecksSkipped()
    {
        var ruleSet = RuleSetLoader.Load(Path.Combine(Repository.Root, "rules", "oxfordshire-rollup.yaml")).RuleSet!;

        var warnings = RuleSetLinter.Lint(ruleSet, Samples.Value);

        Assert.NotNull(RuleSetLinter.SampleChecksSkipped(ruleSet, Samples.Value.Length));
        Assert.DoesNotContain(warnings, d => d.Code is "PR6101" or "PR6104" or "PR6105");
    }
}
