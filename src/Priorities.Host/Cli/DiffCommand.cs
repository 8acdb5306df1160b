using System.CommandLine;
using System.Text;
using Priorities.Diffs;
using Priorities.Reports;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities diff</c>: what changed between two plans, because the rules changed (<c>--against</c>) or the evidence
/// did (<c>--assessment-against</c>): rules and scoring changed, each priority's old and new place, the contribution
/// deltas that explain each move, and a sentence for each priority that entered or left the plan.
/// </summary>
internal sealed class DiffCommand
{
    private const string Description =
        "Compare two plans: two rule sets over one assessment (--rules NEW --against OLD), or two assessments under one rule set (--assessment NEW --assessment-against OLD). Reports rules added, removed and changed by content, dimensions and weights changed, each priority's old and new rank and score with the contribution deltas that explain its move, and why priorities entered or left the plan.";

    private static readonly Dictionary<string, ReportFormat> ReportFormats = new(StringComparer.Ordinal)
    {
        ["md"] = ReportFormat.Markdown, ["markdown"] = ReportFormat.Markdown, ["html"] = ReportFormat.Html, ["docx"] = ReportFormat.Docx,
    };

    private readonly DiffInputs _inputs = new();
    private readonly Option<string> _format = new Option<string>("--format", "-f")
    {
        Description = "table, json (rules/schemas/diff.schema.json), or a report: md (markdown), html or docx (docx needs --out).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json", "md", "markdown", "html", "docx");
    private readonly Option<string?> _out = CliOptions.Out();
    private readonly Option<bool> _public = new("--public")
    {
        Description = "Compare the public views of both plans: nothing from evidence marked sensitive is quoted.",
    };

    public static Command Create() => new DiffCommand().Build();

    private Command Build()
    {
        var command = new Command("diff", Description).With(
            "priorities diff --rules my-oxford.yaml --against oxford",
            "priorities diff --rules my-oxford.yaml --against rules/oxford.yaml --assessment samples/oxford-city-2024.yaml --format json",
            "priorities diff --assessment oxford-2025.yaml --assessment-against samples/oxford-city-2024.yaml",
            "priorities diff --rules my-oxford.yaml --against oxford --format docx --out changes.docx --public");
        _inputs.AddTo(command);
        command.Options.Add(_format);
        command.Options.Add(_out);
        command.Options.Add(_public);
        command.Validators.Add(result =>
        {
            if (result.GetResult(_format)?.Tokens is [{ Value: "docx" }] && result.GetResult(_out) is null or { Tokens.Count: 0 })
                result.AddError("--format docx writes a Word file: name it with --out FILE.");
        });
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var isPublic = parse.GetValue(_public);
        var diff = await _inputs.DiffAsync(parse, isPublic, cancellationToken).ConfigureAwait(false);
        var content = Render(diff, parse.GetValue(_format) ?? "table", isPublic);
        if (parse.GetValue(_out) is { } path)
        {
            await TextOutput.WriteFileAsync(path, content, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        var output = parse.InvocationConfiguration.Output;
        await TextOutput.WriteAsync(null, Encoding.UTF8.GetString(content), output, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The diff in the format asked for: UTF-8 text, or the Word package.</summary>
    internal static byte[] Render(PlanDiff diff, string format, bool isPublic) => format switch
    {
        "json" => Encoding.UTF8.GetBytes(PlanDiffSerializer.ToJson(diff)),
        "table" => Encoding.UTF8.GetBytes(DiffTable.Format(diff)),
        _ => DiffReportWriter.Render(diff, ReportFormats[format], new ReportOptions { Public = isPublic }),
    };
}
