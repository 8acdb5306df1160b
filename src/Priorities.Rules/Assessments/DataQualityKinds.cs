namespace Priorities.Assessments;

/// <summary>The kinds of <see cref="DataQualityNote"/> that the importers write.</summary>
public static class DataQualityKinds
{
    /// <summary>Counts too small for a percentage change to mean anything.</summary>
    public const string SmallNumbers = "small-numbers";

    /// <summary>A change in recording practice from a date, which inflates or deflates apparent trends.</summary>
    public const string RecordingChange = "recording-change";

    /// <summary>A month of a window with no rows (for an area).</summary>
    public const string MissingMonths = "missing-months";

    /// <summary>The summary of every row that was read but not counted, by reason.</summary>
    public const string SkippedRows = "skipped-rows";

    /// <summary>Rows whose crime id repeats one already counted in the same month; the repeat is not counted.</summary>
    public const string DuplicateIds = "duplicate-ids";

    /// <summary>
    /// Crime ids that could not be compared with those of earlier files (a data.police.uk street file named for one
    /// month also holds rows of a month whose ids were no longer kept): repeats among them may be counted twice.
    /// </summary>
    public const string UncheckedIds = "unchecked-ids";

    /// <summary>Rows whose crime type is not one of the data.police.uk crime types.</summary>
    public const string UnknownCrimeType = "unknown-crime-type";

    /// <summary>Rows whose area is not one of the requested areas.</summary>
    public const string OutsideArea = "outside-area";

    /// <summary>Rows without an LSOA, which cannot be placed in an area.</summary>
    public const string NoLsoa = "no-lsoa";

    /// <summary>Rows of the requested areas in months outside the current and previous windows (read, not skipped).</summary>
    public const string OutsideWindow = "outside-window";

    /// <summary>A value the source marks as unavailable (such as ONS <c>[x]</c>).</summary>
    public const string Unavailable = "unavailable";

    /// <summary>Rows of a table that are not partnerships (force totals, unassigned crimes) and were left out.</summary>
    public const string ExcludedRows = "excluded-rows";

    /// <summary>A category that the source has no value for.</summary>
    public const string MissingCategory = "missing-category";

    /// <summary>Trends whose previous window is not the same months a year earlier (such as quarter on quarter): seasonal change.</summary>
    public const string SeasonalComparison = "seasonal-comparison";

    /// <summary>Counts of a period other than 12 months, scaled to a year to compare with yearly figures.</summary>
    public const string Annualised = "annualised";

    /// <summary>Figures for a wider area than the partnership (its force area or the country).</summary>
    public const string NotLocal = "not-local";

    /// <summary>Evidence measured more than 3 years before the end of the assessment period.</summary>
    public const string OldEvidence = "old-evidence";

    /// <summary>The partnership's population is not known (no single district of the population table), so it has no rates.</summary>
    public const string NoPopulation = "no-population";
    /// <summary>Actuals for a measure id the rule set's catalogue does not have (found when the plan is built).</summary>
    public const string UnknownMeasure = "unknown-measure";
}
