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
    private readonly BudgetOptions _budget = new();
    private readonly Option<bool> _noWatch = new("--no-watch") { Description = "Do not reload the rule set when its files change." };
    private readonly Option<int> _validateConcurrency = new("--validate-concurrency")
    {
        Description = "Rule-set validations run at once (more wait briefly, then get 503). Default: half the processors, at least 1.",
        DefaultValueFactory = _ => new ValidationLimits().Concurrency,
    };

    private readonly Option<int> _validateQueue = new("--validate-queue")
    {
        Description = "Rule-set validations that may wait for a slot (up to 2 s).",
        DefaultValueFactory = _ => new ValidationLimits().Queue,
    };

    private readonly Option<string> _assessments = new("--assessments")
    {
        Description = "The folder of assessment files the review page (/) can open. Default: the samples beside the executable.",
        HelpName = "DIR",
    };

    private readonly ServeAccessOptions _access = new();

    public static Command Create() => new ServeCommand().Build();

    private Command Build()
    {
        var command = new Command("serve", "Serve the HTTP API: proposals, reports, rule-set validation, health, an OpenAPI document at /openapi/v1.json and the review page at /.")
        {
            _urls, _rules, _maxRequest, _noWatch, _validateConcurrency, _validateQueue, _assessments,
        };
        foreach (var option in _access.All) command.Options.Add(option);
        _budget.AddTo(command);
        _access.AddValidators(command, _urls);
        _rules.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => !File.Exists(t.Value) && !Directory.Exists(t.Value)))
                r.AddError($"--rules '{token.Value}': no such file or folder.");
        });
        _assessments.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } folder && !Directory.Exists(folder)) r.AddError($"--assessments '{folder}': no such folder.");
        });
        _maxRequest.Validators.Add(r => { if (r.GetValueOrDefault<long>() <= 0) r.AddError("--max-request-bytes must be positive."); });
        _validateConcurrency.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) r.AddError("--validate-concurrency must be positive."); });
        _validateQueue.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--validate-queue must not be negative."); });
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = Options(parse);
        var error = parse.InvocationConfiguration.Error;
        foreach (var url in LoopbackUrls.NotLoopback(options.Urls!).Where(u => u.StartsWith("http:", StringComparison.OrdinalIgnoreCase)))
        {
            await error.WriteLineAsync($"warning: --urls '{url}' is plain http: keys and tokens cross the network in "
                + "clear text unless a TLS proxy is in front.").ConfigureAwait(false);
        }
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

    private HttpServerOptions Options(ParseResult parse) => new()
    {
        Rules = parse.GetValue(_rules) is { Length: > 0 } given ? given
            : [DefaultRules.Find() ?? throw new UsageException($"No --rules given and the default {DefaultRules.RelativePath} was not found beside the executable or above the current folder.")],
        Urls = parse.GetRequiredValue(_urls),
        MaxRequestBytes = parse.GetValue(_maxRequest),
        WatchRules = !parse.GetValue(_noWatch),
        Authentication = _access.Read(parse),
        CorsOrigins = [.. (parse.GetValue(_access.CorsOrigins) ?? []).Select(o => ServeAccessOptions.Origin(o)!)],
        AllowedHosts = parse.GetValue(_access.AllowedHosts) ?? [],
        ValidationLimits = new ValidationLimits { Concurrency = parse.GetValue(_validateConcurrency), Queue = parse.GetValue(_validateQueue) },
        Evaluation = _budget.Read(parse),
        Assessments = parse.GetValue(_assessments),
    };

    /// <summary>Prints the bound addresses (with the real port when 0 was asked for), one line each.</summary>
    private static async Task AnnounceAsync(WebApplication app, TextWriter output)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses) await output.WriteLineAsync($"listening on {address}").ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
