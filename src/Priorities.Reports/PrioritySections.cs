using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports;

/// <summary>The sections about each selected priority and each candidate that was not selected.</summary>
internal static class PrioritySections
{
    public static ReportSection Priorities(PlanResult plan)
    {
        var intro = new ParagraphBlock(
            "Each priority below gives the reasons the rules found for it, how its score is made up and the evidence behind it.");
        return new ReportSection("priorities", "Proposed priorities", [intro], plan.Priorities.Select(Priority).ToArray());
    }

    public static ReportSection NotSelected(PlanResult plan)
    {
        if (plan.NotSelected.Count == 0)
        {
            return new ReportSection("not-selected", "Candidates not selected", new ParagraphBlock("Every candidate was selected."));
        }

        var intro = new ParagraphBlock("These candidates were scored but did not make the plan, best first, with why not.");
        return new ReportSection("not-selected", "Candidates not selected", [intro], plan.NotSelected.Select(Candidate).ToArray());
    }

    private static ReportSection Priority(ProposedPriority priority)
    {
        var facts = new List<MetaItem>
        {
            new("Theme", priority.Theme),
            new("Score", ReportText.Number(priority.Score)),
            new("Status", ReportText.Status(priority.Status)),
        };
        if (priority.Coverage < 1)
        {
            facts.Insert(2, new MetaItem("Coverage", ReportText.CoverageFact(priority.Coverage)));
        }

        if (priority.Mandatory)
        {
            facts.Add(new MetaItem("Statutory duty", priority.LegalBasis ?? "yes (legal basis not given)"));
        }

        var id = "priority-" + priority.Rank.ToString(CultureInfo.InvariantCulture);
        ReportSection[] parts =
        [
            new(id + "-rationale", "Rationale", Rationale(priority.Rationale)),
            new(id + "-score", "Score breakdown", Breakdown(priority.Title, priority.Breakdown, priority.Score)),
            new(id + "-evidence", "Evidence", Evidence(priority.Title, priority.Evidence)),
        ];
        var heading = priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title;
        return new ReportSection(id, heading, [new FactsBlock(facts)], parts);
    }

    private static ReportSection Candidate(NotSelectedPriority candidate, int index)
    {
        var id = "not-selected-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        ReportBlock why = candidate.WhyNot.Count == 0
            ? new ParagraphBlock("No reason was recorded.", "Why not:")
            : new ListBlock(candidate.WhyNot);
        MetaItem[] facts =
        [
            new("Theme", candidate.Theme), new("Score", ReportText.Number(candidate.Score)), new("Short by", ReportText.Number(candidate.Shortfall)),
        ];
        if (candidate.Coverage < 1)
        {
            facts = [.. facts, new MetaItem("Coverage", ReportText.CoverageFact(candidate.Coverage))];
        }

        return new ReportSection(id, candidate.Title, new FactsBlock(facts), why);
    }

    private static ReportBlock Rationale(IReadOnlyList<string> rationale) => rationale.Count == 0
        ? new ParagraphBlock("No rationale was recorded.")
        : new ListBlock(rationale);

    internal static TableBlock Breakdown(string title, IReadOnlyList<ScoreComponent> breakdown, double total)
    {
        TableColumn[] columns =
        [
            new("Dimension", RowHeader: true), new("Raw value", Numeric: true), new("Score", Numeric: true),
            new("Weight", Numeric: true), new("Contribution", Numeric: true),
        ];
        var rows = breakdown.Select(c => (IReadOnlyList<string>)
        [
            ReportText.Dimension(c.Dimension), ReportText.Number(c.Raw),
            c.Evidence == EvidenceState.Missing ? "no evidence" : ReportText.Number(c.Score),
            ReportText.Number(c.Weight), ReportText.Number(c.Contribution),
        ]).Append(["Total", string.Empty, string.Empty, string.Empty, ReportText.Number(total)]).ToArray();
        return new TableBlock("Score breakdown of " + title, columns, rows);
    }

    private static ReportBlock Evidence(string title, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return new ParagraphBlock("No evidence is shown for this priority.");
        }

        TableColumn[] columns = [new("Evidence", RowHeader: true), new("Kind"), new("Area"), new("Source")];
        var rows = evidence.Select(e => (IReadOnlyList<string>)
        [
            e.Sensitive ? e.Summary + " (sensitive)" : e.Summary, e.Kind, e.Area ?? "–", e.Source ?? "not given",
        ]).ToArray();
        return new TableBlock("Evidence for " + title, columns, rows);
    }
}
