using Priorities.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Checks the assessment's <c>actuals</c>: a measure id that can be one, a period in one of the measure period forms,
/// one actual per measure and period, and (a warning) no actual for a period that ends after the assessment's.
/// Whether the rule set has the measure is known only at plan time: an actual for a measure it lacks is a
/// data-quality note of the plan, not an error here.
/// </summary>
internal static class ActualChecks
{
    public static void Check(DocObject root, DiagnosticBag bag)
    {
        var end = root.Get("period") is DocObject period
            && DocPaths.Scalar(period, "end") is { } last ? MeasurePeriods.EndMonth(last.Text.Trim()) : null;
        var seen = new Dictionary<(string, int), int>();
        foreach (var (actual, i) in DocPaths.Items(root, "actuals"))
        {
            var measure = Measure(actual, i, bag);
            if (DocPaths.Scalar(actual, "period") is not { } scalar) continue;
            var text = scalar.Text.Trim();
            if (MeasurePeriods.EndMonth(text) is not { } month)
            {
                bag.Error(RulesCodes.AssessmentActualPeriod, scalar.Location,
                    $"'actuals[{i}].period' '{text}' is not {MeasurePeriods.Forms}.{Hint(text)}");
                continue;
            }
            if (month > end)
                bag.Warning(RulesCodes.AssessmentActualAfterPeriod, scalar.Location,
                    $"'actuals[{i}].period' {text} ends after the assessment period; check the period of the figure.");
            if (measure is null) continue;
            if (seen.TryGetValue((measure, month), out var first))
                bag.Error(RulesCodes.AssessmentDuplicateActual, scalar.Location,
                    $"'actuals[{i}]' repeats the actual of measure '{measure}' for {text} given at actuals[{first}]; "
                    + "give one value a period.");
            else seen.Add((measure, month), i);
        }
    }

    private static string? Measure(DocObject actual, int index, DiagnosticBag bag)
    {
        if (DocPaths.Scalar(actual, "measure") is not { } scalar) return null;
        var id = scalar.Text.Trim();
        if (id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) return id;
        bag.Error(RulesCodes.AssessmentActualMeasureId, scalar.Location,
            $"'actuals[{index}].measure' '{id}' is no measure id: ids hold only letters, digits, '-' and '.', "
            + "as in the rule set's catalogue.");
        return null;
    }

    private static string Hint(string text) =>
        MeasurePeriods.LooksLikeFinancialYear(text)
            ? $" Did you mean '{MeasurePeriods.FinancialYear(MeasurePeriods.Year(text))}'? The YY of YYYY/YY is the next year."
            : string.Empty;
}
