using System.Globalization;
using Priorities.Results;
using Priorities.Sensitivity;

namespace Priorities.Reports;

/// <summary>The priorities grouped by theme, each with lead, action plan, funding, measures, rationale and changes.</summary>
internal static class ThemeSections
{
    public static ReportSection Create(PlanResult plan, SensitivityResult? sensitivity = null)
    {
        var themes = plan.Priorities.GroupBy(p => p.Theme, StringComparer.Ordinal).ToArray();
        var intro = new ParagraphBlock(
            "The priorities under each theme, in rank order. The findings and evidence behind each are in appendix A.");
        var parts = themes.Select((theme, i) => new ReportSection(
            "theme-" + (i + 1).ToString(CultureInfo.InvariantCulture), theme.Key, [], theme.Select(p => Priority(p, sensitivity)).ToArray())).ToArray();
        return new ReportSection("priorities", "Priorities by theme", [intro], parts);
    }

    private static ReportSection Priority(ProposedPriority priority, SensitivityResult? sensitivity)
    {
        var facts = new List<MetaItem>
        {
            new("Lead", $"{PlanText.Lead(priority.Lead)}; action plan: {priority.ActionPlan ?? "not named yet"}"),
            new("Funding", PlanText.Funding(priority.Funding)),
            new("Status", PlanText.Change(priority)),
            new(priority.Mandatory ? "Statutory duty" : "Why", WhyText.Selected(priority)),
        };
        if (priority.SinceLastYear.Count > 0)
        {
            facts.Insert(3, new MetaItem("Since last year", string.Join(" ", priority.SinceLastYear)));
        }

        if (priority.Rationale.Count > 0 && !priority.Mandatory)
        {
            facts.Add(new MetaItem("Main finding", priority.Rationale[0]));
        }

        if (!priority.Mandatory && RobustnessText.Of(sensitivity, priority.Id) is { } robustness)
        {
            facts.Add(new MetaItem("Robustness", robustness));
        }

        var blocks = new List<ReportBlock> { new FactsBlock(facts) };

        if (priority.Measures.Count > 0)
        {
            blocks.Add(Measures(priority));
        }

        var id = "priority-" + priority.Rank.ToString(CultureInfo.InvariantCulture);
        var heading = priority.Rank.ToString(CultureInfo.InvariantCulture) + ". " + priority.Title;
        return new ReportSection(id, heading, [.. blocks], []);
    }

    private static TableBlock Measures(ProposedPriority priority)
    {
        TableColumn[] columns =
        [
            new("Measure", RowHeader: true, Width: 3.2), new("Baseline", Width: 1.8), new("Target", Width: 2),
            new("Actual", Width: 1.8), new("Status", Width: 1.2), new("RAG", Width: 0.9, Rag: true),
        ];
        var rows = priority.Measures.Select(m => (IReadOnlyList<string>)
        [
            m.Title, MeasureText.Baseline(m.Baseline, m.Unit), MeasureText.Target(m.Target, m.Unit),
            MeasureText.Point(m.Actual, m.Unit), MeasureText.Status(m.Status), MeasureText.Rag(m.Rag),
        ]).ToArray();
        return new TableBlock("Measures and targets for " + priority.Title, columns, rows);
    }
}
