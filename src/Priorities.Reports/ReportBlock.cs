namespace Priorities.Reports;

/// <summary>A block of a report section, written by each format in its own way.</summary>
internal abstract record ReportBlock;
