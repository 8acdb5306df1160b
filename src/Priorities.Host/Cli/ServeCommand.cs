using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Priorities.Host.Http;
using Priorities.Hosting;

namespace Priorities.Host.Cli;

/// <summary><c>priorities serve</c>: the HTTP API over one rule set, reloaded when its files change.</summary>
internal sealed class ServeCommand
{
    private readonly Option<string> _urls = new("--urls") { Description = "Where to listen; several separated by ';'. Port 0 picks a free port.", DefaultValueFactory = _ => "http://127.0.0.1:5080", HelpName = "URL" };
    private readonly Option<string[]> _rules = new("--rules", "-r") { Description = $"Rule files or folders naming one root rule set. Default: the shipped {DefaultRules.RelativePath}.", AllowMultipleArgumentsPerToken = true, HelpName = "PATH" };
    private readonly Option<long> _maxRequest = new("--max-request-bytes") { Description = "The largest request body accepted (413 above it).", DefaultValueFactory = _ => HttpServerOptions.DefaultMaxRequestBytes };
    private readonly Option<bool> _noWatch = new("--no-watch") { Description = "Do not reload the rule set when its files change." };

    public static Command Create() => new ServeCommand().Build();

    private Command Build()
    {
        var command = new Command("serve", "Serve the HTTP API: proposals, reports, rule-set validation, health and an OpenAPI document at /openapi/v1.json.")
        {
            _urls, _rules, _maxRequest, _noWatch,
        };
        _rules.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value)))
                r.AddError($"--rules '{token.Value}': no such file or folder.");
        });
        _urls.Validators.Add(r =>
        {
            foreach (var url in LoopbackUrls.NotLoopback(r.GetValueOrDefault<string>() ?? string.Empty))
                r.AddError($"--urls '{url}' is not a loopback address. The API serves evidence that can be sensitive and "
                    + "has no authentication yet: listen on 127.0.0.1, [::1] or localhost (behind a reverse proxy that "
                    + "authenticates, if others must reach it).");
        });
        _maxRequest.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-request-bytes must be positive."); });
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var rules = parse.GetValue(_rules) is { Length: > 0 } given ? given
            : [DefaultRules.Find() ?? throw new UsageException($"No --rules given and the default {DefaultRules.RelativePath} was not found beside the executable or above the current folder.")];
        var options = new HttpServerOptions
        {
            Rules = rules,
            Urls = parse.GetRequiredValue(_urls),
            MaxRequestBytes = parse.GetValue(_maxRequest),
            WatchRules = !parse.GetValue(_noWatch),
        };
        var error = parse.InvocationConfiguration.Error;
        await using var app = HttpApi.Build(options);
        try
        {
            app.Services.GetRequiredService<IRuleSetProvider>();
        }
        catch (RuleSetLoadException e)
        {
            foreach (var diagnostic in e.Diagnostics) await error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            if (e.Diagnostics.Count == 0) await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadData;
        }
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        await AnnounceAsync(app, parse.InvocationConfiguration.Output).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Prints the bound addresses (with the real port when 0 was asked for), one line each.</summary>
    private static async Task AnnounceAsync(WebApplication app, TextWriter output)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses) await output.WriteLineAsync($"listening on {address}").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
