using System.Globalization;
using System.Text;
using Priorities.Results;

namespace Priorities.Host.Cli;

/// <summary>
/// The section "Statutory duties the plan must include": each duty with its Act, section and commencement, and
/// the mandatory priorities of the rule set that are not one of those duties.
/// </summary>
internal static class DutyList
{
    public const string Heading = "Statutory duties the plan must include:";

    public static string Format(PlanResult result)
    {
        var others = result.Priorities
            .Where(p => p.Mandatory && !result.StatutoryDuties.Any(d => string.Equals(d.Id, p.Id, StringComparison.Ordinal)))
            .ToArray();
        if (result.StatutoryDuties.Count == 0 && others.Length == 0) return string.Empty;
        var text = new StringBuilder("\n").Append(Heading).Append('\n');
        var inferred = result.StatutoryDuties.Count > 0 && result.StatutoryDuties.All(d => !d.Listed);
        if (inferred)
            text.Append("  (The assessment lists no duties: these are the duties in force for its period and area.)\n");
        foreach (var d in result.StatutoryDuties)
            text.Append("  ").Append(Line(d, inferred)).Append('\n');
        foreach (var p in others)
            text.Append("  ").Append(p.Title).Append(" (").Append(p.Id).Append("): mandatory in the rule set")
                .Append(p.LegalBasis is { } basis ? $", {basis}" : string.Empty).Append(", ").Append(p.Status).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// One duty: title (id): section and Act, in force since when; status, and where it applies or that the assessment's
    /// list left it out (unless the whole list was <paramref name="inferred"/>).
    /// </summary>
    public static string Line(PlanDuty duty, bool inferred = false)
    {
        var since = DateOnly.ParseExact(duty.Since, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            .ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var areas = duty.Areas is { Count: > 0 } named ? $"; in {string.Join(", ", named)}" : string.Empty;
        var listed = duty.Listed || inferred ? string.Empty : "; in force but left out of the assessment's list";
        return $"{duty.Title} ({duty.Id}): {duty.Section} {duty.Act}, in force since {since}; {duty.Status}{areas}{listed}";
    }
}
