using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Priorities.Host.Http;

/// <summary>Configures the JWT bearer handler from a <see cref="JwtSetup"/>: nothing is left unvalidated.</summary>
internal static class JwtBearerSetup
{
    /// <summary>The claim naming the caller in logs (the token's subject).</summary>
    public const string SubjectClaim = "sub";

    public static void Configure(JwtBearerOptions options, JwtSetup jwt)
    {
        options.MapInboundClaims = false;
        options.Audience = jwt.Audience;
        if (jwt.Authority is not null)
        {
            options.Authority = jwt.Authority;
            options.RequireHttpsMetadata = true;
        }
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = jwt.Issuer,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = jwt.SigningKey,
            ClockSkew = jwt.ClockSkew,
            NameClaimType = SubjectClaim,
            RoleClaimType = jwt.RoleClaim,
        };
    }
}
