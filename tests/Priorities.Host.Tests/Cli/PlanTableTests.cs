using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Host.Cli;

namespace Priorities.Host.Tests.Cli;

public sealed class PlanTableTests
{
    [Fact]
    public void Format_OxfordPlan_DiscretionaryTableThenDutiesNotSelectedDroppedAndRuleSet()
    {
        var text = PlanTable.Format(SamplePlans.Oxford());

        const string expected = """
            Proposed priorities for Oxford Safer Communities Partnership, July 2024 to September 2024 (against 2024-04 to 2024-06)

            Rank  Priority               Theme                                     Score  Status
               2  Anti-social behaviour  Address issues affecting our communities   23.5  new

            Statutory duties the plan must include:
              Prevent duty (prevent): s.26 Counter-Terrorism and Security Act 2015, in force since 1 July 2015; continuing
              Channel panels (channel-panel): s.36 Counter-Terrorism and Security Act 2015, in force since 12 April 2015; continuing; in force but left out of the assessment's list

            Not selected (best first):
              Hate crime (hate-crime): score 8, short by 2

            Dropped from last year's plan:
              Cycle crime (cycle-crime): scored 4, below the minimum score of 10

            Rule set: oxford-csp 2026.1 (hash 1a2b3c4d)

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Format_LongTitleAndTheme_CutToFortyCharacters()
    {
        var plan = SamplePlans.Oxford() with { Priorities = [SamplePlans.Asb() with { Title = new string('t', 45), Theme = new string('h', 41) }] };

        var text = PlanTable.Format(plan);

        Assert.Contains($"   2  {new string('t', 39)}…  {new string('h', 39)}…   23.5  new\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_MandatoryPriorityThatIsNoTableDuty_ListedWithTheDuties()
    {
        var plan = SamplePlans.Oxford() with { StatutoryDuties = [] };

        var text = PlanTable.Format(plan);

        Assert.Contains(
            "Statutory duties the plan must include:\n  Prevent (prevent): mandatory in the rule set, s.26 Counter-Terrorism and Security Act 2015, continuing\n",
            text, StringComparison.Ordinal);
        Assert.DoesNotContain("   1  Prevent", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SevenNotSelected_ListsFiveAndCountsTheRest()
    {
        var text = PlanTable.Format(SamplePlans.Oxford(notSelected: 7));

        Assert.Contains("  Candidate 4 (candidate-4): score 4, short by 6\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("candidate-5", text, StringComparison.Ordinal);
        Assert.Contains("  … and 2 more; 'priorities explain --priority ID' says why.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NothingSelectedNothingLeftOut_SaysSoWithoutEmptySections()
    {
        var plan = SamplePlans.Oxford(notSelected: 0) with { Priorities = [], Dropped = [], StatutoryDuties = [] };

        var text = PlanTable.Format(plan);

        Assert.Contains("No discretionary priority was selected.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Statutory duties", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not selected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dropped", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SamePlanTwice_SameText()
    {
        Assert.Equal(PlanTable.Format(SamplePlans.Oxford(3)), PlanTable.Format(SamplePlans.Oxford(3)));
    }

    [Property]
    public Property TextTable_Meets_Specification()
    {
        var word = Gen.Elements("a", "bb", "ccc", "Prevent", "23.5", "x-y-z", "continuing").ArrayOf(3);
        return Prop.ForAll(Arb.From(word.NonEmptyListOf()), rows =>
        {
            var table = new TextTable("Left", ">Right", "Last");
            foreach (var row in rows) table.Add(row);
            var lines = table.Render("  ").TrimEnd('\n').Split('\n');
            var rightEdge = lines[0].IndexOf("Right", StringComparison.Ordinal) + "Right".Length;
            var lastStart = lines[0].IndexOf("Last", StringComparison.Ordinal);
            return lines.Length == rows.Count + 1
                && lines.Skip(1).Select((line, i) => (line, row: rows[i])).All(x =>
                    x.line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SequenceEqual(x.row)
                    && x.line.StartsWith("  " + x.row[0], StringComparison.Ordinal)
                    && x.line[..rightEdge].EndsWith(x.row[1], StringComparison.Ordinal)
                    && x.line[lastStart..] == x.row[2]);
        });
    }

    [Fact]
    public void TextTable_CellLongerThanLimit_CutWithEllipsisToTheLimit()
    {
        var text = new TextTable("Name").Limit(0, 5).Add("abcdefgh").Render();

        Assert.Equal("Name\nabcd…\n", text);
    }
}
