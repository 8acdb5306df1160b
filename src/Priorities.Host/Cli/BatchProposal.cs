using System.CommandLine;
using System.Text;
using Priorities.Reports;
using Priorities.Results;
using Priorities.RollUps;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>propose</c> over several assessments, or with <c>--rollup</c>: each partnership's plan (the rule set compiled
/// once, evaluated in parallel, plans in input order) and the county agreement the roll-up rule set makes of them.
/// </summary>
internal static class BatchProposal
{
    /// <summary>The plans (and agreement) in the format asked for.</summary>
    /// <exception cref="UsageException">A report format without <c>--rollup</c>, or a <c>--rollup</c> that is no roll-up.</exception>
    public static async Task<byte[]> RenderAsync(
        PlanInputs inputs, ParseResult parse, RollUpRequest request, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        if (request.Path is null && request.Format is "markdown" or "html" or "docx")
            throw new UsageException($"--format {request.Format} with several assessments writes the county agreement's "
                + "paper: name the roll-up rule set with --rollup FILE.");
        var rollUp = request.Path is null ? null : await RuleSetInputs.LoadOneAsync([request.Path], error).ConfigureAwait(false);
        if (rollUp is { IsRollUp: false })
            throw new UsageException($"--rollup {request.Path}: '{rollUp.Info.Id}' is not a roll-up rule set (it needs 'kind: rollup').");
        var districts = await inputs.EvaluateAllAsync(parse, cancellationToken).ConfigureAwait(false);
        var agreement = rollUp is null ? null : RollUpEvaluator.Evaluate(rollUp, districts, request.CountyName, cancellationToken);
        return Render(districts.Select(d => d.Plan).ToArray(), agreement, request.Format, inputs.IsPublic(parse));
    }

    internal static byte[] Render(IReadOnlyList<PlanResult> plans, PlanResult? agreement, string format, bool isPublic)
    {
        var shown = isPublic ? plans.Select(p => PublicView.Of(p).Result).ToArray() : plans;
        var county = agreement is not null && isPublic ? PublicView.Of(agreement).Result : agreement;
        if (format is "markdown" or "html" or "docx")
        {
            var options = new ReportOptions { Public = isPublic, Districts = shown };
            var kind = format switch { "markdown" => ReportFormat.Markdown, "html" => ReportFormat.Html, _ => ReportFormat.Docx };
            return ReportWriter.Render(agreement!, kind, options);
        }
        var batch = new PlanBatchResult { Plans = shown, Agreement = county };
        if (format == "json") return Encoding.UTF8.GetBytes(PlanBatchSerializer.ToJson(batch));
        var text = new StringBuilder(string.Join("\n", shown.Select(PlanTable.Format)));
        if (county is not null) text.Append('\n').Append(RollUpTable.Format(county, shown));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
