using Priorities.Diagnostics;
using Priorities.RuleSets;

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
            .WithSummary("Check rule-set YAML: every problem as file:line:col, code and message. Includes resolve beside the served rule set.")
            .Accepts<string>("application/yaml", "text/yaml", "text/plain")
            .Produces<ValidationJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
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
        var escapes = IncludeGuard.Check(body.Text!, file, folder);
        if (escapes.Count > 0) return Problems.Invalid("The rule set includes files outside the rules folder", escapes, folder);
        return TypedResults.Ok(Validate(file, body.Text!, folder));
    }

    /// <summary>Loads the text; a loader that throws on odd input still gives diagnostics, never a 500.</summary>
    private static ValidationJson Validate(string file, string text, string folder)
    {
        try
        {
            var result = RuleSetLoader.LoadText(file, text);
            return new ValidationJson(result.Succeeded, result.RuleSet?.Info, DiagnosticJson.From(result.Diagnostics, folder));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or NotImplementedException))
        {
            var message = $"The rule set could not be read ({e.GetType().Name}): {e.Message}";
            var diagnostic = new Diagnostic(HttpCodes.RuleSetThrew, DiagnosticSeverity.Error, message, SourceLocation.StartOf(file));
            return new ValidationJson(false, null, DiagnosticJson.From([diagnostic], folder));
        }
    }
}
