using Priorities.Evaluation;
using static Priorities.Rules.Tests.RuleSets.Compilation.RuleSetFixture;

namespace Priorities.Rules.Tests.Evaluation;

public sealed class EvidenceDescriberTests
{
    [Fact]
    public void Of_Assessment_NamesPartnershipPeriodPccPrioritiesAndLastYearsPlan()
    {
        var assessment = Assessment() with { PccPriorities = ["burglary", "violence"], PreviousPlan = [] };

        var evidence = EvidenceDescriber.Of(assessment);

        Assert.Equal(
            "Oxford, 2024: Police and Crime Plan priorities burglary, violence; last year's plan none",
            evidence.Summary);
        Assert.Equal(("assessment", false), (evidence.Kind, evidence.Sensitive));
    }
}
