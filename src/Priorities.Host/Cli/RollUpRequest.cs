namespace Priorities.Host.Cli;

/// <summary>What <c>propose</c> was asked for beyond one plan: the output format, the roll-up rule set and the county's name.</summary>
/// <param name="Format">table, json, markdown, html or docx.</param>
/// <param name="Path">The roll-up rule set (<c>--rollup</c>); null for the plans alone.</param>
/// <param name="CountyName">The agreement's partnership name (<c>--county-name</c>); null: the roll-up rule set's.</param>
internal sealed record RollUpRequest(string Format, string? Path, string? CountyName);
