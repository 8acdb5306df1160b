using Priorities.Testing;

namespace Priorities.Rules.Tests.Testing;

public sealed class ExpectationCheckerTests
{
    private static IReadOnlyList<string> Check(Expectation expect) => ExpectationChecker.Check(expect, Plans.Sample());

    [Fact]
    public void Check_AllExpectationsHold_ReportsNoFailure()
    {
        var expect = new Expectation
        {
            Order = ["burglary", "asb", "prevent", "hate-crime"],
            Top = ["asb", "burglary"],
            Selected = ["drugs"],
            NotSelected = ["hate-crime"],
            Mandatory = ["prevent"],
            Scores = [new("asb", 21.5), new("hate-crime", 4.0005)],
            Rationale = [new("burglary", ["ROSE 20.0%"]), new("hate-crime", ["hate crimes"])],
            Status = [new("prevent", "continuing"), new("asb", "new")],
        };

        Assert.Empty(Check(expect));
    }

    [Fact]
    public void Check_OrderReversed_ReportsExpectedAgainstActualRanks()
    {
        var failures = Check(new Expectation { Order = ["prevent", "asb"] });

        Assert.Equal(["order: expected prevent before asb, actual ranks 5 and 2"], failures);
    }

    [Fact]
    public void Check_OrderWithCandidateLeftOut_NamesItsPlace()
    {
        var failures = Check(new Expectation { Order = ["hate-crime", "burglary"] });

        Assert.Equal(["order: expected hate-crime before burglary, actual not selected (place 6) and rank 1"], failures);
    }

    [Fact]
    public void Check_ScoreOutsideTolerance_ReportsExpectedAgainstActual()
    {
        var failures = Check(new Expectation { Scores = [new("asb", 23)] });

        Assert.Equal(["scores.asb: expected 23 ± 0.001, actual 21.5"], failures);
    }

    [Fact]
    public void Check_ScoreWithinWiderTolerance_Passes()
    {
        Assert.Empty(Check(new Expectation { Scores = [new("asb", 22)], Tolerance = 0.5 }));
    }

    [Fact]
    public void Check_MissingPhrase_QuotesTheActualRationale()
    {
        var failures = Check(new Expectation { Rationale = [new("asb", ["rose"])] });

        Assert.Equal(["rationale.asb: expected a phrase \"rose\", actual rationale: anti-social-behaviour fell 3.0% in Oxford"], failures);
    }

    [Fact]
    public void Check_TopSelectedMandatoryAndStatusWrong_ReportsEach()
    {
        var failures = Check(new Expectation
        {
            Top = ["cycle-crime", "burglary"],
            Selected = ["hate-crime"],
            NotSelected = ["drugs", "unknown"],
            Mandatory = ["asb"],
            Status = [new("asb", "continuing")],
        });

        Assert.Equal(
            [
                "top: expected cycle-crime within the first 2 places, actual rank 4 (score 17, not mandatory, new)",
                "selected: expected hate-crime in the plan, actual not selected (score 4, short by 8)",
                "notSelected: expected drugs kept as a candidate outside the plan, actual rank 3 (score 20, not mandatory, new)",
                "notSelected: expected unknown kept as a candidate outside the plan, actual unknown is not a candidate of the rule set",
                "mandatory: expected asb in the plan and mandatory, actual rank 2 (score 21.5, not mandatory, new)",
                "status.asb: expected continuing, actual new",
            ],
            failures);
    }
}
