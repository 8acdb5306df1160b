using System.CommandLine;
using System.Text;
using Priorities.Reports;
using Priorities.Results;
using Priorities.Sensitivity;

namespace Priorities.Host.Cli;

/// <summary><c>priorities propose</c>: evaluates an assessment against a rule set and prints or writes the proposed plan.</summary>
internal sealed class ProposeCommand
{
    private const string Description =
        "Propose a plan: rank a rule set's priorities against a strategic assessment. Without options: the shipped Oxford rule set over the shipped Oxford sample. Formats: table, json, or a board report in markdown, html or docx (docx needs --out).";

    private static readonly Dictionary<string, ReportFormat> ReportFormats = new(StringComparer.Ordinal)
    {
        ["markdown"] = ReportFormat.Markdown, ["html"] = ReportFormat.Html, ["docx"] = ReportFormat.Docx,
    };

    private readonly PlanInputs _inputs = new();
    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "table, json, markdown, html or docx.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json", "markdown", "html", "docx");
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "The file to write (replaced atomically, only on success). Default: standard output.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _title = new("--title")
    {
        Description = "The board paper's title. Default: \"Community Safety Rolling Plan YYYY–YY\" for the year after the assessment period.",
        HelpName = "TEXT",
    };
    private readonly Option<string?> _exemptAnnex = new("--exempt-annex")
    {
        Description = "Also write the evidence marked sensitive to this file as an exempt annex (Local Government Act 1972, "
            + "Schedule 12A), in the paper's format; the paper is then the public version and says the annex exists.",
        HelpName = "FILE",
    };
    private readonly Option<bool> _sensitivity = new("--sensitivity")
    {
        Description = "With a board paper: also vary the weights (20%, 2,000 samples, seed 1, as `priorities sensitivity`) and "
            + "say how robust the order is, and per priority whether it is stable or marginal.",
    };
    private readonly Option<string?> _rollUp = new("--rollup")
    {
        Description = "A roll-up rule set (kind: rollup): make the county agreement from the plans of the assessments.",
        HelpName = "FILE",
    };
    private readonly Option<string?> _countyName = new("--county-name")
    {
        Description = "The partnership the agreement is for. Default: the roll-up rule set's 'partnership'.",
        HelpName = "NAME",
    };

    public static Command Create() => new ProposeCommand().Build();

    private Command Build()
    {
        var command = new Command("propose", Description).With(
            "priorities propose",
            "priorities propose --rules rules/matrix.yaml --assessment samples/northumbria-gateshead.yaml",
            "priorities propose --format json --out plan.json",
            "priorities propose --format docx --out board-paper.docx --public",
            "priorities propose --format html --out plan.html",
            "priorities propose --format docx --out paper.docx --title \"Community Safety Rolling Plan 2025–26\" --exempt-annex annex.docx",
            "priorities propose --assessment samples/oxford-city-2024.yaml samples/oxfordshire-cherwell.yaml --format json",
            "priorities propose --rules oxfordshire-district --rollup oxfordshire-rollup --assessment samples/oxford-city-2024.yaml samples/oxfordshire-*.yaml");
        _inputs.AddTo(command);
        command.Options.Add(_format);
        command.Options.Add(_out);
        command.Options.Add(_title);
        command.Options.Add(_exemptAnnex);
        command.Options.Add(_sensitivity);
        command.Options.Add(_rollUp);
        command.Options.Add(_countyName);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_countyName) is { Tokens.Count: > 0 } && result.GetResult(_rollUp) is null or { Tokens.Count: 0 })
                result.AddError("--county-name names the county agreement: give the roll-up rule set with --rollup FILE.");
            var docx = result.GetResult(_format)?.Tokens is [{ Value: "docx" }];
            if (docx && result.GetResult(_out) is null or { Tokens.Count: 0 })
                result.AddError("--format docx writes a Word file: name it with --out FILE.");
            var report = result.GetResult(_format)?.Tokens is [{ Value: "markdown" or "html" or "docx" }];
            if (!report && result.GetResult(_exemptAnnex) is { Tokens.Count: > 0 })
                result.AddError("--exempt-annex goes with a board paper: use --format markdown, html or docx.");
            if (!report && result.GetResult(_sensitivity) is { Implicit: false })
                result.AddError("--sensitivity goes with a board paper: use --format markdown, html or docx.");
        });
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var format = parse.GetValue(_format) ?? "table";
        var request = new RollUpRequest(format, parse.GetValue(_rollUp), parse.GetValue(_countyName));
        if (_inputs.AssessmentPaths(parse).Count > 1 || request.Path is not null)
        {
            if (parse.GetValue(_title) is not null || parse.GetValue(_exemptAnnex) is not null || parse.GetValue(_sensitivity))
                throw new UsageException("--title, --exempt-annex and --sensitivity go with the paper of one assessment, not with several or a roll-up.");
            var plans = await BatchProposal.RenderAsync(_inputs, parse, request, cancellationToken).ConfigureAwait(false);
            return await WriteAsync(parse, plans, cancellationToken).ConfigureAwait(false);
        }
        var (ruleSet, assessment) = await _inputs.LoadAsync(parse).ConfigureAwait(false);
        var result = ruleSet.Evaluate(assessment, cancellationToken);
        var annexPath = parse.GetValue(_exemptAnnex);
        var options = new ReportOptions
        {
            Public = _inputs.IsPublic(parse), Title = parse.GetValue(_title), ExemptAnnex = annexPath is not null,
            Sensitivity = parse.GetValue(_sensitivity)
                ? SensitivityAnalyzer.Analyze(ruleSet, assessment, cancellationToken: cancellationToken)
                : null,
        };
        var content = Render(result, format, options);
        if (annexPath is not null)
        {
            var annex = ReportWriter.RenderExemptAnnex(result, ReportFormats[format], options);
            await TextOutput.WriteFileAsync(annexPath, annex, cancellationToken).ConfigureAwait(false);
        }
        return await WriteAsync(parse, content, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> WriteAsync(ParseResult parse, byte[] content, CancellationToken cancellationToken)
    {
        if (parse.GetValue(_out) is { } path)
        {
            await TextOutput.WriteFileAsync(path, content, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        await TextOutput.WriteAsync(null, Encoding.UTF8.GetString(content), parse.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The plan in the format asked for: UTF-8 text, or the Word package.</summary>
    internal static byte[] Render(PlanResult result, string format, bool isPublic) =>
        Render(result, format, new ReportOptions { Public = isPublic });

    /// <summary>The plan in the format asked for, with the report options (title, public, exempt annex).</summary>
    internal static byte[] Render(PlanResult result, string format, ReportOptions options)
    {
        var plan = options.Public ? PublicView.Of(result).Result : result;
        return format switch
        {
            "json" => Encoding.UTF8.GetBytes(PlanResultSerializer.ToJson(plan)),
            "markdown" => ReportWriter.Render(result, ReportFormat.Markdown, options),
            "html" => ReportWriter.Render(result, ReportFormat.Html, options),
            "docx" => ReportWriter.Render(result, ReportFormat.Docx, options),
            _ => Encoding.UTF8.GetBytes(PlanTable.Format(plan)),
        };
    }
}
