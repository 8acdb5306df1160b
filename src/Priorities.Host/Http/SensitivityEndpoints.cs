using System.Text;
using Priorities.Assessments;
using Priorities.Evaluation;
using Priorities.Hosting;
using Priorities.Sensitivity;

namespace Priorities.Host.Http;

/// <summary>
/// <c>POST /v1/proposals/sensitivity?spread=20&amp;samples=2000&amp;seed=1</c>: an assessment in, how robust its
/// proposed order is to the served rule set's weights out (<see cref="SensitivityResultSerializer"/>). The answer
/// names priorities, ranks, probabilities and weights, never evidence, so every role gets the same one.
/// </summary>
internal static class SensitivityEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/v1/proposals/sensitivity", AnalyzeAsync)
            .WithName("Sensitivity")
            .WithSummary("How robust is the proposed order? Varies the served rule set's weights within spread percent "
                + "(seeded Monte Carlo, samples at most 20,000, and one weight at a time): per priority its rank interval, "
                + "how often it is selected, stable or marginal with the reason, and the smallest single weight change "
                + "that flips it; Kendall's tau for the order. No evidence is in the answer.")
            .AddEndpointFilter<DecisionLogFilter>()
            .Accepts<Assessment>("application/json", "application/yaml")
            .Produces<SensitivityResult>(StatusCodes.Status200OK, "application/json")
            .ProducesBodyProblems();

    private static async Task<IResult> AnalyzeAsync(
        HttpRequest request, string? spread, string? samples, string? seed, HttpServerOptions options,
        IRuleSetProvider rules, CancellationToken cancellationToken)
    {
        var (chosen, badQuery) = SensitivityQuery.Read(spread, samples, seed);
        if (badQuery is not null) return badQuery;
        var served = rules.RuleSet;
        var parsed = await ParsedAssessment.ReadAsync(request, options, cancellationToken).ConfigureAwait(false);
        if (parsed.Problem is not null) return parsed.Problem;
        var decision = Decision.Of(request.HttpContext);
        decision.Note(parsed.Assessment!);
        decision.RuleSet = served.Info;
        try
        {
            var result = SensitivityAnalyzer.Analyze(served, parsed.Assessment!, chosen, cancellationToken);
            return TypedResults.Text(SensitivityResultSerializer.ToJson(result), "application/json", Encoding.UTF8);
        }
        catch (RuleSetEvaluationException e)
        {
            return Problems.Unprocessable(e, RuleSetJson.RulesFolder(served));
        }
    }
}
