using Priorities.Results;

namespace Priorities.Reports;

/// <summary>A stacked bar chart of the priorities' score breakdowns (drawn in HTML; the tables carry the same numbers).</summary>
internal sealed record ChartBlock(string Caption, IReadOnlyList<ProposedPriority> Priorities) : ReportBlock;
