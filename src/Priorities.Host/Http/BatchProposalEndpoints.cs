using System.Text;
using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Hosting;
using Priorities.Results;

namespace Priorities.Host.Http;

/// <summary>
/// <c>POST /v1/proposals/batch</c>: several partnerships' assessments (a JSON array) in, their plans out as
/// <c>{ "plans": [ … ] }</c>, in input order, each as <c>/v1/proposals</c> gives it; the served rule set evaluates them
/// in parallel.
/// </summary>
internal static class BatchProposalEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/proposals/batch", ProposeAllAsync)
            .WithName("ProposeBatch")
            .WithSummary("Propose the plans of several partnerships: a JSON array of assessments in, { plans: [...] } out, "
                + "in input order. public=true (forced for the public role) gives the public view of each.")
            .AddEndpointFilter<DecisionLogFilter>()
            .Accepts<Assessment[]>("application/json")
            .Produces<PlanBatchResult>(StatusCodes.Status200OK, "application/json")
            .ProducesBodyProblems();

    private static async Task<IResult> ProposeAllAsync(
        HttpRequest request, bool? @public, HttpServerOptions options, IRuleSetProvider rules, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, RequestBody.Json, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null) return body.Problem;
        var (assessments, diagnostics) = BatchAssessmentBody.Parse(body.Text!);
        if (assessments is null) return Problems.Invalid("The request body is not a valid list of assessments", diagnostics);
        var ruleSet = rules.RuleSet;
        Decision.Of(request.HttpContext).RuleSet = ruleSet.Info;
        try
        {
            var plans = ruleSet.EvaluateAll(assessments, cancellationToken);
            var full = @public != true && AccessRoles.SeesSensitive(request.HttpContext, options);
            var shown = full ? plans : plans.Select(p => PublicView.Of(p).Result).ToArray();
            return TypedResults.Text(PlanBatchSerializer.ToJson(new PlanBatchResult { Plans = shown }), "application/json", Encoding.UTF8);
        }
        catch (RuleSetEvaluationException e)
        {
            return Problems.Unprocessable(e, RuleSetJson.RulesFolder(ruleSet));
        }
    }
}
