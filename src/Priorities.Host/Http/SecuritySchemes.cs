using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Priorities.Host.Http;

/// <summary>
/// Describes in the OpenAPI document how to call the API when authentication is configured: the API-key header and
/// the bearer token that the server accepts (only those configured), required by every operation but
/// <c>GET /health</c>. With no authentication (loopback only) the document declares none, as the server asks for none.
/// </summary>
internal sealed class SecuritySchemes(HttpServerOptions options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var setup = options.Authentication;
        if (!setup.IsConfigured) return Task.CompletedTask;
        var schemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        if (setup.ApiKeys.Count > 0) schemes[ApiKeyHandler.SchemeName] = ApiKey();
        if (setup.Jwt is not null) schemes[JwtBearerDefaults.AuthenticationScheme] = Bearer();
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = schemes;
        var anyOf = schemes.Keys.Select(name => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(name, document)] = [],
        });
        foreach (var (path, item) in document.Paths)
        {
            if (path == HealthEndpoint.Path || item.Operations is null) continue;
            foreach (var operation in item.Operations.Values) operation.Security = [.. anyOf];
        }
        return Task.CompletedTask;
    }

    private static OpenApiSecurityScheme ApiKey() => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyHandler.Header,
        Description = "An API key issued by the server's operator (`priorities serve --api-keys`).",
    };

    private static OpenApiSecurityScheme Bearer() => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "JWT",
        Description = "A JSON Web Token from the council's identity provider, carrying the role 'full' or 'public'.",
    };
}
