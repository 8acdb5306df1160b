namespace Priorities.Import.Ons;

/// <summary>What every assessment of one <see cref="OnsCspNationalImporter"/> run shares: the period and the source lines.</summary>
internal sealed record NationalContext(MonthRange Period, string Label, string Source, string ComparisonSource, IReadOnlyList<string> TableSources,
    IReadOnlyList<string> Sources, bool IncludeStatutoryDuties);
