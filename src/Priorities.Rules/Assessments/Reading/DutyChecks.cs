using System.Globalization;
using Priorities.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Warnings about an assessment's <c>duties</c> list against the table of statutory duties: a duty in force for the
/// period and partnership that the list leaves out (at the <c>duties</c> key), and a listed duty not yet in force
/// or a pilot duty outside its areas (at the duty's id). No list, no warning: the duties in force are inferred.
/// </summary>
internal static class DutyChecks
{
    public static void Check(DocObject root, DiagnosticBag bag)
    {
        var member = root.Members.FirstOrDefault(m => m.Key == "duties");
        if (member?.Value is not DocArray list || DocPaths.Partnership(root) is not { } partnership) return;
        if (root.Get("period") is not DocObject period || DocPaths.Scalar(period, "end") is not { } end) return;
        if (Months.LastDay(end.Text.Trim()) is not { } lastDay) return;
        var ids = list.Items.OfType<DocObject>().Select(d => DocPaths.Scalar(d, "id")).OfType<DocScalar>().ToArray();
        var inForce = StatutoryDuties.InForce(lastDay, partnership);
        foreach (var duty in inForce.Where(d => !ids.Any(id => id.Text == d.Id)))
            bag.Warning(RulesCodes.AssessmentDutyLeftOut, member.KeyLocation,
                $"The duties list leaves out '{duty.Id}' ({duty.Basis}, in force since {Day(duty.Since)}); the plan lists "
                + "it among its statutory duties all the same. Add it, or leave out the 'duties' key to have the duties "
                + "in force inferred.");
        foreach (var id in ids)
            if (StatutoryDuties.Find(id.Text) is { } duty) Listed(duty, id, lastDay, partnership, bag);
    }

    private static void Listed(StatutoryDuty duty, DocScalar id, DateOnly lastDay, Partnership partnership, DiagnosticBag bag)
    {
        if (!duty.InForceBy(lastDay))
            bag.Warning(RulesCodes.AssessmentDutyNotInForce, id.Location,
                $"'{duty.Id}' ({duty.Basis}) came into force on {Day(duty.Since)}, after the period ends; "
                + "it is listed as the assessment says.");
        if (!duty.AppliesTo(partnership))
            bag.Warning(RulesCodes.AssessmentDutyOutsidePilot, id.Location,
                $"'{duty.Id}' is piloted only in {string.Join(", ", duty.PilotAreas!.Select(a => a.Name))}, and "
                + $"'{partnership.Name}'{Code(partnership)} is not one of them; it is listed as the assessment says.");
    }

    private static string Code(Partnership partnership) => partnership.Code is { } code ? $" ({code})" : string.Empty;

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
