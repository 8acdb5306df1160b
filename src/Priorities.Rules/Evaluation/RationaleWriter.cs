namespace Priorities.Evaluation;

/// <summary>
/// The rationale a board reads for a selected priority: the fired rules' sentences (each once), then the caveats that
/// affect it, then its statutory duty, then whether it is new, continues from last year's plan
/// or returns from an earlier one.
/// </summary>
internal static class RationaleWriter
{
    public const string New = "New priority this year.";
    public const string Continuing = "Continuing from last year's plan.";

    /// <param name="candidate">The selected candidate.</param>
    /// <param name="caveats">The caveats of its evidence, as lines of their own.</param>
    /// <param name="status">Its status line: new, continuing (since when) or returning.</param>
    /// <param name="line">A hit's line: its sentence, with the caution of any unlike figures it compares.</param>
    public static IReadOnlyList<string> Write(Candidate candidate, IReadOnlyList<string> caveats, string status, Func<RuleHit, string> line)
    {
        var lines = candidate.Hits
            .Where(h => !string.IsNullOrWhiteSpace(h.Because))
            .Select(line)
            .ToList();
        if (lines.Count == 0)
            lines.Add($"No rule found evidence for it; it is selected on the scoring model's default scores ({PlanText.Score(candidate.Total)}).");
        lines.AddRange(caveats);
        if (candidate.Mandatory) lines.Add(Duty(candidate.Definition.LegalBasis));
        lines.Add(status);
        return lines.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static string Duty(string? legalBasis) =>
        string.IsNullOrWhiteSpace(legalBasis)
            ? "Statutory duty: it must be in the plan whatever its score."
            : PlanText.Sentence($"Statutory duty: {legalBasis.Trim()}");
}
