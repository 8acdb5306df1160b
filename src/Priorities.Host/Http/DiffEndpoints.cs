using System.Text;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Diffs;
using Priorities.Engine.Diagnostics;
using Priorities.Evaluation;
using Priorities.Hosting;
using Priorities.RuleSets;

namespace Priorities.Host.Http;

/// <summary>
/// <c>POST /v1/rulesets/diff</c>: what changed between two plans, as <c>priorities diff --format json</c> writes it. Two
/// rule sets over one assessment (<c>against</c>), or two assessments under one rule set (<c>assessmentAgainst</c>);
/// posted rule-set text is loaded as validation loads it, includes confined to the served rules folder.
/// </summary>
internal static class DiffEndpoints
{
    public const string RulesFile = "rules.yaml";

    public const string AgainstFile = "against.yaml";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/rulesets/diff", DiffAsync)
            .WithName("DiffPlans")
            .WithSummary("Compare two plans: rules (YAML text; default the served rule set) against another rule set "
                + "(against) over one assessment, or one assessment against another (assessmentAgainst) under the rules. "
                + "public=true (forced for the public role) compares the public views.")
            .AddEndpointFilter((context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<ValidationLimit>().InvokeAsync(context, next))
            .AddEndpointFilter<DecisionLogFilter>()
            .Accepts<DiffBody>("application/json")
            .Produces<PlanDiff>(StatusCodes.Status200OK, "application/json")
            .ProducesBodyProblems()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> DiffAsync(
        HttpRequest request, bool? @public, HttpServerOptions options, IRuleSetProvider rules, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, RequestBody.Json, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null) return body.Problem;
        var (diff, problem) = DiffRequest.Parse(body.Text!);
        if (diff is null) return Problems.Invalid("The request body is not a diff request", [problem!]);
        var folder = RuleSetJson.RulesFolder(rules.RuleSet);
        var errors = new List<Diagnostic>();
        var ruleSet = diff.Rules is null ? rules.RuleSet : Load(RulesFile, diff.Rules, folder, options, errors);
        var against = diff.Against is null ? null : Load(AgainstFile, diff.Against, folder, options, errors);
        var assessment = Read("assessment", diff.Assessment, errors);
        var oldAssessment = diff.AssessmentAgainst is null ? null : Read("assessmentAgainst", diff.AssessmentAgainst, errors);
        if (errors.Any(e => e.Severity == DiagnosticSeverity.Error) || ruleSet is null || assessment is null)
            return Problems.Invalid("The rule sets or assessments are not valid", errors, folder);
        var decision = Decision.Of(request.HttpContext);
        decision.RuleSet = ruleSet.Info;
        decision.Note(assessment);
        var publicView = @public == true || !AccessRoles.SeesSensitive(request.HttpContext, options);
        try
        {
            var result = against is not null
                ? RuleSetDiffer.Diff(ruleSet, against, assessment, publicView, cancellationToken)
                : RuleSetDiffer.DiffAssessments(ruleSet, assessment, oldAssessment!, publicView, cancellationToken);
            return TypedResults.Text(PlanDiffSerializer.ToJson(result), "application/json", Encoding.UTF8);
        }
        catch (RuleSetEvaluationException e)
        {
            return Problems.Unprocessable(e, folder);
        }
    }

    /// <summary>Posted rule-set text as validation loads it, within the server's evaluation budget; null with its errors.</summary>
    private static PlanRuleSet? Load(string name, string text, string folder, HttpServerOptions options, List<Diagnostic> errors)
    {
        var file = Path.Combine(folder, name);
        var (ruleSet, diagnostics) = PostedRuleSet.Load(file, text, folder);
        if (ruleSet is null)
        {
            errors.AddRange(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            return null;
        }
        if (!ruleSet.IsRollUp) return ruleSet.WithBudget(options.Evaluation);
        errors.Add(new Diagnostic(HttpCodes.DiffRollUp, DiagnosticSeverity.Error,
            $"'{ruleSet.Info.Id}' is a roll-up rule set (kind: rollup); a diff compares plan rule sets.", SourceLocation.StartOf(file)));
        return null;
    }

    private static Assessment? Read(string name, string text, List<Diagnostic> errors)
    {
        var read = AssessmentReader.ReadText(name, text);
        if (read.Assessment is null) errors.AddRange(read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return read.Assessment;
    }
}
