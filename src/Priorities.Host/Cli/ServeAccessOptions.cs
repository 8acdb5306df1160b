using System.CommandLine;
using System.CommandLine.Parsing;
using Priorities.Host.Http;

namespace Priorities.Host.Cli;

/// <summary>
/// The options of <c>serve</c> that decide who may call it: API keys (a file of hashes, or
/// <see cref="ApiKeysVariable"/>), JWT bearer validation, CORS origins and extra Host names. Secrets never go on the
/// command line, where any user of the machine can read them.
/// </summary>
internal sealed class ServeAccessOptions
{
    /// <summary>The environment variable that may hold API key entries, separated by ';' or new lines.</summary>
    public const string ApiKeysVariable = "PRIORITIES_API_KEYS";

    public Option<string?> ApiKeys { get; } = new("--api-keys")
    {
        Description = "A file of accepted API keys, one 'ID ROLE SHA256-HEX' a line (role full or public; the "
            + $"hash of the key, never the key). Also read from {ApiKeysVariable}.",
        HelpName = "FILE",
    };

    public Option<string?> JwtAuthority { get; } = new("--jwt-authority")
    {
        Description = "Accept JWT bearer tokens from this OpenID Connect authority (https; its metadata gives "
            + "issuer and keys).",
        HelpName = "URL",
    };

    public Option<string?> JwtKeyFile { get; } = new("--jwt-key-file")
    {
        Description = "Accept JWT bearer tokens signed with this key: a PEM public key (RSA or EC), or a shared "
            + "HS256 secret of at least 32 bytes (the file's bytes).",
        HelpName = "FILE",
    };

    public Option<string?> JwtIssuer { get; } = new("--jwt-issuer")
    {
        Description = "The issuer tokens must name (required with --jwt-key-file).",
        HelpName = "ISSUER",
    };

    public Option<string?> JwtAudience { get; } = new("--jwt-audience")
    {
        Description = "The audience tokens must name (required with JWT).",
        HelpName = "AUDIENCE",
    };

    public Option<string> JwtRoleClaim { get; } = new("--jwt-role-claim")
    {
        Description = "The token claim holding the role, full or public.",
        DefaultValueFactory = _ => "role",
        HelpName = "CLAIM",
    };

    public Option<string[]> CorsOrigins { get; } = new("--cors-origin")
    {
        Description = "Let web pages from this origin (e.g. https://board.example.org) call the API; none by "
            + "default, so no CORS headers.",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "ORIGIN",
    };

    public Option<string[]> AllowedHosts { get; } = new("--allowed-hosts")
    {
        Description = "Host header values accepted besides loopback names and the --urls hosts (needed when "
            + "listening on 0.0.0.0).",
        AllowMultipleArgumentsPerToken = true,
        HelpName = "HOST",
    };

    public IEnumerable<Option> All =>
        [ApiKeys, JwtAuthority, JwtKeyFile, JwtIssuer, JwtAudience, JwtRoleClaim, CorsOrigins, AllowedHosts];

    /// <summary>Adds the checks that need no file read: JWT option combinations, origins, non-loopback without auth.</summary>
    public void AddValidators(Command command, Option<string> urls)
    {
        ApiKeys.Validators.Add(r => CheckFile(r));
        JwtKeyFile.Validators.Add(r => CheckFile(r));
        CorsOrigins.Validators.Add(CheckOrigins);
        command.Validators.Add(r => CheckJwt(r));
        command.Validators.Add(r => CheckAuthenticatedIfExposed(r, urls));
    }

    /// <summary>The authentication setup the options name; a UsageException for entries or keys that cannot be used.</summary>
    public AuthenticationSetup Read(ParseResult parse) => new()
    {
        ApiKeys = ServeApiKeys.Read(parse.GetValue(ApiKeys), Environment.GetEnvironmentVariable(ApiKeysVariable)),
        Jwt = ReadJwt(parse),
    };

    private JwtSetup? ReadJwt(ParseResult parse)
    {
        var audience = parse.GetValue(JwtAudience);
        if (audience is null) return null;
        var keyFile = parse.GetValue(JwtKeyFile);
        var (key, problem) = keyFile is null ? (null, null) : SigningKeyFile.Read(keyFile);
        if (problem is not null) throw new UsageException(problem.ToString());
        return new JwtSetup
        {
            Audience = audience,
            Authority = parse.GetValue(JwtAuthority),
            Issuer = parse.GetValue(JwtIssuer),
            SigningKey = key,
            RoleClaim = parse.GetRequiredValue(JwtRoleClaim),
        };
    }

    private void CheckJwt(CommandResult r)
    {
        var (authority, keyFile) = (r.GetValue(JwtAuthority), r.GetValue(JwtKeyFile));
        var (issuer, audience) = (r.GetValue(JwtIssuer), r.GetValue(JwtAudience));
        if (authority is not null && keyFile is not null) r.AddError("Give --jwt-authority or --jwt-key-file, not both.");
        if (authority is null && keyFile is null && (issuer ?? audience) is not null)
            r.AddError("--jwt-issuer and --jwt-audience need --jwt-authority or --jwt-key-file.");
        if ((authority ?? keyFile) is not null && audience is null) r.AddError("JWT bearer tokens need --jwt-audience.");
        if (keyFile is not null && issuer is null) r.AddError("--jwt-key-file needs --jwt-issuer.");
        var https = Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
        if (authority is not null && !https)
            r.AddError($"--jwt-authority '{authority}' must be an https URL.");
    }

    private void CheckAuthenticatedIfExposed(CommandResult r, Option<string> urls)
    {
        var exposed = LoopbackUrls.NotLoopback(r.GetValue(urls) ?? string.Empty);
        if (exposed.Count == 0) return;
        var keys = r.GetValue(ApiKeys) is not null
            || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ApiKeysVariable));
        if (keys || r.GetValue(JwtAuthority) is not null || r.GetValue(JwtKeyFile) is not null) return;
        r.AddError($"--urls '{string.Join(";", exposed)}' is not a loopback address, and the API serves evidence that can be "
            + $"sensitive: configure authentication with --api-keys FILE (or {ApiKeysVariable}) and/or JWT bearer tokens "
            + "(--jwt-authority URL, or --jwt-key-file FILE with --jwt-issuer; both with --jwt-audience). "
            + "Only 127.0.0.1, [::1] and localhost may be served without it.");
    }

    private static void CheckFile(OptionResult r)
    {
        foreach (var token in r.Tokens.Where(t => !File.Exists(t.Value)))
            r.AddError($"{r.Option.Name} '{token.Value}': no such file.");
    }

    private static void CheckOrigins(OptionResult r)
    {
        foreach (var token in r.Tokens.Where(t => !IsOrigin(t.Value)))
            r.AddError($"--cors-origin '{token.Value}' is not an origin: give scheme://host[:port], no path and no '*'.");
    }

    private static bool IsOrigin(string text) => Origin(text) is not null;

    /// <summary>The origin as browsers send it (scheme://host[:port]), or null when the text is not just an origin.</summary>
    public static string? Origin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && text.TrimEnd('/').Equals(uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? uri.GetLeftPart(UriPartial.Authority) : null;
}
