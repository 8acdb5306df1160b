namespace Priorities.Assessments;

/// <summary>
/// The periods of measures, baselines, targets and actuals: a financial year <c>YYYY/YY</c> (April to March, the
/// <c>YY</c> being the next year), a calendar year <c>YYYY</c> or a month <c>YYYY-MM</c>. Read without regular
/// expressions, so the plan path stays cheap.
/// </summary>
internal static class MeasurePeriods
{
    /// <summary>The forms a period may take, for messages.</summary>
    public const string Forms = "a financial year such as 2024/25, a calendar year such as 2024, or a month such as 2024-06";

    /// <summary>The last month of a period as a month count (year × 12 + month − 1); null when it is no period.</summary>
    public static int? EndMonth(string? label)
    {
        if (label is null) return null;
        if (IsFinancialYear(label)) return ((Year(label) + 1) * 12) + 2;
        if (label.Length == 4 && Digits(label, 0, 4)) return (Year(label) * 12) + 11;
        if (Months.FirstDay(label) is { } day) return (day.Year * 12) + day.Month - 1;
        return null;
    }

    /// <summary>Whether the text is a financial year <c>YYYY/YY</c> whose <c>YY</c> is the year after <c>YYYY</c>.</summary>
    public static bool IsFinancialYear(string? label) =>
        LooksLikeFinancialYear(label) && (Year(label!) + 1) % 100 == ((label![5] - '0') * 10) + (label[6] - '0');

    /// <summary>Whether the text has the shape <c>YYYY/YY</c>, whatever its years.</summary>
    public static bool LooksLikeFinancialYear(string? label) =>
        label is { Length: 7 } && label[4] == '/' && Digits(label, 0, 4) && Digits(label, 5, 2);

    /// <summary>The financial year starting in <paramref name="start"/>, written <c>YYYY/YY</c>.</summary>
    public static string FinancialYear(int start) => $"{start:D4}/{(start + 1) % 100:D2}";

    /// <summary>The four-digit year a label starts with (the label starts with four digits).</summary>
    public static int Year(string label) =>
        ((label[0] - '0') * 1000) + ((label[1] - '0') * 100) + ((label[2] - '0') * 10) + (label[3] - '0');

    /// <summary>
    /// The share of the span from <paramref name="from"/> to <paramref name="to"/> (month counts of period ends) that
    /// has passed at <paramref name="at"/>, from 0 to 1; 1 for an empty span.
    /// </summary>
    public static double Elapsed(int from, int to, int at) =>
        to <= from ? 1 : Math.Clamp((double)(at - from) / (to - from), 0, 1);

    private static bool Digits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (text[i] is < '0' or > '9') return false;
        return true;
    }
}
