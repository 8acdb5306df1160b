using System.Text;
using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Hosting;
using Priorities.Results;
using Priorities;

namespace Priorities.Host.Http;

/// <summary><c>POST /v1/proposals</c>: an assessment (JSON or YAML) in, the proposed plan (JSON) out.</summary>
internal static class ProposalEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/proposals", ProposeAsync)
            .WithName("Propose")
            .WithSummary("Propose a plan: rank the priorities an assessment supports, with explanations. public=true "
                + "(forced for the public role) gives the public view: nothing marked sensitive. weights=harm:3,trend:1.5 "
                + "evaluates with those weights in place of the rule set's (a what-if; the result's ruleSet.weights says so).")
            .AddEndpointFilter<DecisionLogFilter>()
            .Accepts<Assessment>("application/json", "application/yaml")
            .Produces<PlanResult>(StatusCodes.Status200OK, "application/json")
            .ProducesBodyProblems();

    private static async Task<IResult> ProposeAsync(
        HttpRequest request, bool? @public, string? weights, HttpServerOptions options, IPriorityPlanner planner,
        IRuleSetProvider rules, CancellationToken cancellationToken)
    {
        var served = rules.RuleSet;
        var (weighted, badWeights) = WeightsParameter.Apply(served, weights);
        if (badWeights is not null) return badWeights;
        var parsed = await ParsedAssessment.ReadAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (parsed.Problem is not null) return parsed.Problem;
        var decision = Decision.Of(request.HttpContext);
        decision.Note(parsed.Assessment!);
        try
        {
            var plan = ReferenceEquals(weighted, served)
                ? await planner.ProposeAsync(parsed.Assessment!, cancellationToken).ConfigureAwait(false)
                : weighted!.Evaluate(parsed.Assessment!, cancellationToken);
            decision.RuleSet = plan.RuleSet;
            var full = @public != true && AccessRoles.SeesSensitive(request.HttpContext, options);
            var shown = full ? plan : PublicView.Of(plan).Result;
            return TypedResults.Text(PlanResultSerializer.ToJson(shown), "application/json", Encoding.UTF8);
        }
        catch (RuleSetEvaluationException e)
        {
            return Problems.Unprocessable(e, RuleSetJson.RulesFolder(served));
        }
    }
}
