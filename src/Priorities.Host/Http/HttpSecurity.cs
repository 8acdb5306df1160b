using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Priorities.Host.Http;

/// <summary>
/// Who may call the API. With no <see cref="AuthenticationSetup"/> (loopback only) every caller is anonymous with
/// full access; with one, every endpoint but <c>GET /health</c> needs an API key or a bearer token carrying one of
/// <see cref="AccessRoles.All"/> (401 without, 403 with neither role). CORS headers are sent only for the
/// configured origins.
/// </summary>
internal static class HttpSecurity
{
    /// <summary>The authorisation policy of the protected endpoints.</summary>
    public const string Policy = "Caller";

    private static readonly string[] CorsHeaders = ["Content-Type", "Authorization", ApiKeyHandler.Header];

    public static void AddServices(IServiceCollection services, HttpServerOptions options)
    {
        if (options.CorsOrigins.Count > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy =>
                policy.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "POST").WithHeaders(CorsHeaders)));
        }
        var setup = options.Authentication;
        if (!setup.IsConfigured) return;
        var schemes = new List<string>();
        var authentication = services.AddAuthentication();
        if (setup.ApiKeys.Count > 0)
        {
            authentication.AddScheme<ApiKeyOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, o => o.Keys = setup.ApiKeys);
            schemes.Add(ApiKeyHandler.SchemeName);
        }
        if (setup.Jwt is { } jwt)
        {
            authentication.AddJwtBearer(o => JwtBearerSetup.Configure(o, jwt));
            schemes.Add(JwtBearerDefaults.AuthenticationScheme);
        }
        var caller = new AuthorizationPolicyBuilder([.. schemes]).RequireAuthenticatedUser().RequireRole(AccessRoles.All).Build();
        // The fallback also covers what routing answers itself (415 for a media type no endpoint accepts, 405, 404),
        // so a caller without credentials learns nothing about the API but 401.
        services.AddAuthorizationBuilder().AddPolicy(Policy, caller).SetFallbackPolicy(caller);
    }

    /// <summary>Adds CORS and authentication to the pipeline, as configured.</summary>
    public static void Use(WebApplication app, HttpServerOptions options)
    {
        if (options.CorsOrigins.Count > 0) app.UseCors();
        if (!options.Authentication.IsConfigured) return;
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>The endpoints, requiring an authenticated caller when authentication is configured.</summary>
    public static TBuilder Protect<TBuilder>(TBuilder endpoints, HttpServerOptions options)
        where TBuilder : IEndpointConventionBuilder =>
        options.Authentication.IsConfigured ? endpoints.RequireAuthorization(Policy) : endpoints;
}
