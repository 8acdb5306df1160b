using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Priorities.Assessments.Reading;
using Priorities.Hosting;
using Priorities.Host.Review;

namespace Priorities.Host.Http;

/// <summary>
/// The HTTP API: <c>POST /v1/proposals</c>, <c>POST /v1/reports</c>, <c>POST /v1/rulesets/validate</c>,
/// <c>GET /v1/rulesets</c>, <c>GET /health</c> and the OpenAPI document at <c>/openapi/v1.json</c>. Every error is
/// <c>application/problem+json</c>; bad input gives 400 (with diagnostics), 413 or 415, never 500.
/// </summary>
internal static class HttpApi
{
    /// <summary>Builds the application; <paramref name="configure"/> lets tests swap the server (TestServer).</summary>
    public static WebApplication Build(HttpServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        builder.Services.AddSingleton(options);
        builder.Services.AddProblemDetails();
        builder.Services.AddHostFiltering(h =>
            h.AllowedHosts = LoopbackUrls.Hosts(options.Urls).Concat(options.AllowedHosts).Distinct().ToList());
        HttpSecurity.AddServices(builder.Services, options);
        builder.Services.AddSingleton<ValidationLimit>();
        builder.Services.AddSingleton(new AssessmentFolder(options.Assessments ?? AssessmentFolder.Default, options.MaxRequestBytes));
        // JSON bodies take numbers only as numbers (AssessmentReader reads them strictly); with the same setting here the
        // OpenAPI document types integers as "integer", not as an integer or a numeric string.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(openApi =>
        {
            openApi.AddOperationTransformer<ReportFormatParameter>();
            openApi.AddDocumentTransformer<SecuritySchemes>();
        });
        builder.Services.AddPriorities(p =>
        {
            foreach (var path in options.Rules) p.Rules.Add(path);
            p.WatchForChanges = options.WatchRules;
            p.Evaluation = options.Evaluation;
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseHostFiltering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        HttpSecurity.Use(app, options);
        Map(app, options);
        return app;
    }

    /// <summary>Health is open to all; the rest needs an authenticated caller when authentication is configured.</summary>
    private static void Map(WebApplication app, HttpServerOptions options)
    {
        HealthEndpoint.Map(app);
        var api = HttpSecurity.Protect(app.MapGroup(string.Empty), options);
        api.MapOpenApi();
        ProposalEndpoints.Map(api);
        SensitivityEndpoints.Map(api);
        BatchProposalEndpoints.Map(api);
        AdoptionEndpoints.Map(api);
        ReportEndpoints.Map(api);
        RuleSetEndpoints.Map(api);
        AssessmentEndpoints.Map(api);
        ReviewPage.Map(app);
        DiffEndpoints.Map(api);
    }
}
