using Priorities.Engine.Diagnostics;
using Priorities.Hosting;
using Priorities.RuleSets;
using Priorities.RuleSets.Model;

namespace Priorities.Host.Http;

/// <summary><c>GET /v1/rulesets</c> lists the served rule set; <c>POST /v1/rulesets/validate</c> checks rule-set YAML.</summary>
internal static class RuleSetEndpoints
{
    /// <summary>The file name validated text is given: it sits in the served rules folder, so its includes resolve there.</summary>
    public const string ValidatedFile = "request.yaml";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/rulesets", List)
            .WithName("ListRuleSets")
            .WithSummary("The served rule set (id, version, hash) and the outcome of the latest reload.");
        app.MapPost("/v1/rulesets/validate", ValidateAsync)
            .WithName("ValidateRuleSet")
            .WithSummary("Check rule-set YAML: 200 with the rule set's id, version, hash and any warnings when it is valid; otherwise 400 problem+json with every problem as file, line, column, code and message. Includes resolve beside the served rule set.")
            .AddEndpointFilter((context, next) =>
                context.HttpContext.RequestServices.GetRequiredService<ValidationLimit>().InvokeAsync(context, next))
            .Accepts<string>("application/yaml", "text/yaml")
            .Produces<ValidationJson>()
            .Produces<DiagnosticsProblemJson>(StatusCodes.Status400BadRequest, Problems.MediaType)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static RuleSetListJson List(IRuleSetProvider rules)
    {
        var folder = RuleSetJson.RulesFolder(rules.RuleSet);
        var last = rules.LastLoad;
        var reload = new ValidationJson(last.Succeeded, last.RuleSet?.Info, DiagnosticJson.From(last.Diagnostics, folder));
        return new RuleSetListJson([RuleSetJson.From(rules)], reload);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, HttpServerOptions options, IRuleSetProvider rules, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxRequestBytes, RequestBody.Yaml, cancellationToken).ConfigureAwait(false);
        if (body.Problem is not null) return body.Problem;
        var folder = RuleSetJson.RulesFolder(rules.RuleSet);
        var file = Path.Combine(folder, ValidatedFile);
        var (ruleSet, diagnostics) = PostedRuleSet.Load(file, body.Text!, folder);
        return ruleSet is null
            ? Problems.Invalid("The rule set is not valid", diagnostics, folder)
            : TypedResults.Ok(new ValidationJson(true, ruleSet.Info, DiagnosticJson.From(diagnostics, folder)));
    }
}
