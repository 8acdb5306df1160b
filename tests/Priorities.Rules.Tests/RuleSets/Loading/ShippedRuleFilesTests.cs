using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class ShippedRuleFilesTests
{
    /// <summary>The seed 001 pack declares Prevent itself, with the seed's lead and nil fund line (rules/README.md).</summary>
    private const string SeedWithItsOwnPrevent = "seed-001-oxfordshire-csa.yaml";

    [Fact]
    public void Roots_ShippedRulesFolder_ReadEachRootWithoutErrors()
    {
        var bag = new DiagnosticBag();
        var roots = RuleSetReader.Roots([Path.Combine(Repository.Root, "rules")], bag);

        Assert.DoesNotContain(roots, r => Path.GetFileName(r) == "statutory-duties.yaml");
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            var document = RuleSetReader.Read(root, bag);
            Assert.True(document is not null, string.Join("\n", bag.Sorted()));
            Assert.Equal(Path.GetFullPath(root), document.Files[0]);
            if (Path.GetFileName(root) == SeedWithItsOwnPrevent)
                Assert.Contains(document.Priorities, p => p.Id == "prevent" && p.LegalBasis is not null);
            else
                Assert.Contains(document.Files, f => Path.GetFileName(f) == "statutory-duties.yaml");
        }
        Assert.DoesNotContain(bag.Items, d => d.Severity == DiagnosticSeverity.Error);
    }
}
