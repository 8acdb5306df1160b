using Priorities.Assessments;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;
using Priorities.Hosting;
using Priorities.Reports;
using Priorities.Sensitivity;

namespace Priorities.Host.Http;

/// <summary>
/// <c>POST /v1/reports?format=markdown|html|docx[&amp;public=true][&amp;title=TEXT]</c>: an assessment in, the board report of
/// its plan out.
/// </summary>
internal static class ReportEndpoints
{
    /// <summary>The endpoint's operation id in the OpenAPI document.</summary>
    public const string OperationId = "Report";

    /// <summary>The query parameter naming the format.</summary>
    public const string FormatParameter = "format";

    /// <summary>The format when none is asked for.</summary>
    public const string DefaultFormat = "markdown";

    private static readonly Dictionary<string, (ReportFormat Format, string MediaType, string File)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["markdown"] = (ReportFormat.Markdown, "text/markdown; charset=utf-8", "plan.md"),
        ["html"] = (ReportFormat.Html, "text/html; charset=utf-8", "plan.html"),
        ["docx"] = (ReportFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "plan.docx"),
    };

    /// <summary>The formats <c>format</c> accepts (case aside).</summary>
    public static IEnumerable<string> FormatNames => Formats.Keys;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/reports", ReportAsync)
            .WithName(OperationId)
            .WithSummary("Propose a plan and write it as a board report: Markdown, HTML or Word. public=true (forced for "
                + "the public role) leaves out sensitive items; title sets the paper's title (default: Community Safety "
                + "Rolling Plan YYYY–YY for the year after the assessment period); sensitivity=true adds how robust the order is "
                + "to the weights (20%, 2,000 samples, seed 1) and per priority stable or marginal.")
            .AddEndpointFilter<DecisionLogFilter>()
            .Accepts<Assessment>("application/json", "application/yaml")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/markdown", "text/html", Formats["docx"].MediaType)
            .ProducesBodyProblems();

    private static async Task<IResult> ReportAsync(HttpRequest request, string? format, bool? @public, string? title, bool? sensitivity, HttpServerOptions options, IPriorityPlanner planner, IRuleSetProvider rules, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Formats.TryGetValue(format ?? DefaultFormat, out var chosen)) return BadFormat(format!);
        var parsed = await ParsedAssessment.ReadAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (parsed.Problem is not null) return parsed.Problem;
        var decision = Decision.Of(request.HttpContext);
        decision.Note(parsed.Assessment!);
        try
        {
            var plan = await planner.ProposeAsync(parsed.Assessment!, cancellationToken).ConfigureAwait(false);
            decision.RuleSet = plan.RuleSet;
            var isPublic = @public == true || !AccessRoles.SeesSensitive(request.HttpContext, options);
            var robustness = sensitivity == true
                ? SensitivityAnalyzer.Analyze(rules.RuleSet, parsed.Assessment!, cancellationToken: cancellationToken)
                : null;
            var bytes = ReportWriter.Render(plan, chosen.Format,
                new ReportOptions { Public = isPublic, Title = title, TimeProvider = time, Sensitivity = robustness });
            return chosen.Format == ReportFormat.Docx
                ? TypedResults.File(bytes, chosen.MediaType, chosen.File)
                : TypedResults.Bytes(bytes, chosen.MediaType);
        }
        catch (RuleSetEvaluationException e)
        {
            return Problems.Unprocessable(e, RuleSetJson.RulesFolder(rules.RuleSet));
        }
    }

    private static IResult BadFormat(string format)
    {
        var message = $"format '{format}' is not a report format: use markdown, html or docx.";
        return Problems.Invalid("Unknown report format", [new Diagnostic(HttpCodes.BadQuery, DiagnosticSeverity.Error, message, SourceLocation.StartOf("(query)"))]);
    }
}
