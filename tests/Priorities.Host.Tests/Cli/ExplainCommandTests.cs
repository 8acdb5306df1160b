using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_SelectedPriority_RankBreakdownRationaleRulesAndEvidence()
    {
        var text = ExplainCommand.Explain(SamplePlans.Oxford(), "anti-social-behaviour");

        Assert.StartsWith("Anti-social behaviour (anti-social-behaviour)\nRank 2 of 2 in the proposed plan for Oxford Safer Communities Partnership\n", text, StringComparison.Ordinal);
        Assert.Contains("Score: 23.5\nStatus: new\nMandatory: no\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "  Dimension   Raw  Score  Weight  Contribution\n  harm        1.2      1       3             3\n  trend       3.3      3       2             6\n  volume     14.5   14.5       1          14.5\n  total                                   23.5\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("Rationale:\n  - anti-social-behaviour rose 3.3% (393 to 406) in Oxford\n", text, StringComparison.Ordinal);
        Assert.Contains("  rising-asb\n    because: anti-social-behaviour rose 3.3% (393 to 406) in Oxford\n    raw scores: trend 3.3, volume 14.5\n    tags: trend\n", text, StringComparison.Ordinal);
        Assert.Contains("  panel-concern [sensitive]\n", text, StringComparison.Ordinal);
        Assert.Contains("  - trend: anti-social-behaviour in Oxford: 406 against 393 (+3.3%) (source: data.police.uk)\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\nRule set: oxford-csp 2026.1 (hash 1a2b3c4d)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MandatoryPriority_ShowsLegalBasis()
    {
        var text = ExplainCommand.Explain(SamplePlans.Oxford(), "prevent");

        Assert.Contains("Mandatory: yes (s.26 Counter-Terrorism and Security Act 2015)\n", text, StringComparison.Ordinal);
        Assert.Contains("Status: continuing\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_CandidateNotSelected_ScoreShortfallAndWhyNot()
    {
        var text = ExplainCommand.Explain(SamplePlans.Oxford(), "hate-crime");

        Assert.StartsWith("Hate crime (hate-crime)\nNot selected for the proposed plan for Oxford Safer Communities Partnership\n", text, StringComparison.Ordinal);
        Assert.Contains("Score: 8, short by 2\n", text, StringComparison.Ordinal);
        Assert.Contains("Why not:\n  - scored 8, below the minimum score of 10\n  - rising-hate-crime: t.changePct >= 10: hate-crime in Oxford was -4.5, short by 14.5\n", text, StringComparison.Ordinal);
        Assert.Contains("  hate-crime-volume\n    because: hate-crime: 52 offences in Oxford\n    raw scores: volume 4\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MisspeltId_UsageErrorWithDidYouMean()
    {
        var error = Assert.Throws<UsageException>(() => ExplainCommand.Explain(SamplePlans.Oxford(), "hate-crmie"));

        Assert.Equal("--priority: rule set oxford-csp has no priority 'hate-crmie'. Did you mean 'hate-crime'?", error.Message);
    }

    [Fact]
    public void Explain_IdNothingLike_UsageErrorListsTheIds()
    {
        var error = Assert.Throws<UsageException>(() => ExplainCommand.Explain(SamplePlans.Oxford(), "knife-crime-and-weapons"));

        Assert.Equal("--priority: rule set oxford-csp has no priority 'knife-crime-and-weapons'. The priorities are: anti-social-behaviour, hate-crime, prevent.", error.Message);
    }
}
