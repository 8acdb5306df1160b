using System.CommandLine;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Import;
using Priorities.RuleSets;

namespace Priorities.Host.Cli;

/// <summary>Options shared by several commands, built the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary><c>--input PATH…</c>: files or folders that must exist.</summary>
    public static Option<string[]> Inputs(string description) => new("--input", "-i")
    {
        Description = description,
        Required = true,
        AllowMultipleArgumentsPerToken = true,
        Validators = { result => CheckPaths(result, foldersToo: true) },
    };

    /// <summary><c>--input FILE</c>: one file that must exist.</summary>
    public static Option<string> Input(string description) => new("--input", "-i")
    {
        Description = description,
        Required = true,
        HelpName = "FILE",
        Validators = { result => CheckPaths(result, foldersToo: false) },
    };

    /// <summary><c>--rules PATH…</c>: rule files or folders of them; the shipped default rule set when absent.</summary>
    public static Option<string[]> Rules() => new("--rules", "-r")
    {
        Description = "Rule files, or folders of them (their *.yaml files; a file another includes is loaded as part of it), "
            + $"or a shipped rule set ({string.Join(", ", ShippedRuleSets.Names)}). Default: the shipped {ShippedRuleSets.DefaultName}.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
        Validators = { result => CheckPaths(result, foldersToo: true, ShippedRuleSets.Contains, "rule set") },
    };

    /// <summary><c>--assessment FILE…</c>: strategic assessments (YAML or JSON, or folders of them); the shipped Oxford sample when absent.</summary>
    public static Option<string[]> Assessment() => new("--assessment", "-a")
    {
        Description = "The strategic assessment, YAML or JSON, or a shipped sample by name; several, or folders of them, "
            + $"for several partnerships in one run. Default: the shipped {ShippedAssessments.DefaultName}.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = true,
        Validators = { result => CheckPaths(result, foldersToo: true, ShippedAssessments.Contains, "sample") },
    };

    /// <summary>A month range option such as <c>--current 2022-03..2023-02</c>.</summary>
    public static Option<MonthRange?> Months(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "YYYY-MM..YYYY-MM",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (MonthRange.TryParse(text, out var range)) return range;
            result.AddError($"{name} '{text}' is not a month range: expected YYYY-MM..YYYY-MM (or one YYYY-MM), the end not before the start.");
            return null;
        },
    };

    /// <summary><c>--out FILE</c>: where the assessment goes; standard output when absent.</summary>
    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "The file to write (replaced atomically, only on success). Default: standard output.",
        HelpName = "FILE",
    };

    /// <summary><c>--format yaml|json</c>: by default from the extension of <c>--out</c>, else YAML.</summary>
    public static Option<string?> Format() => new Option<string?>("--format")
    {
        Description = "yaml or json. Default: json when --out ends in .json, else yaml.",
    }.AcceptOnlyFromAmong("yaml", "json");

    /// <summary><c>--into FILE</c>: an assessment to add the facts to.</summary>
    public static Option<string?> Into(string facts, bool required = false) => new("--into")
    {
        Required = required,
        Description = $"An existing assessment (YAML or JSON) whose {facts} are replaced by the imported ones; the rest is kept. --out defaults to this file.",
        HelpName = "FILE",
        Validators = { result => CheckPaths(result, foldersToo: false) },
    };

    private static void CheckPaths(System.CommandLine.Parsing.OptionResult result, bool foldersToo, Func<string, bool>? shipped = null, string? what = null)
    {
        foreach (var token in result.Tokens)
        {
            var exists = File.Exists(token.Value) || (foldersToo && Directory.Exists(token.Value)) || shipped?.Invoke(token.Value) == true;
            var nor = shipped is null ? string.Empty : $", nor a shipped {what}";
            if (!exists) result.AddError($"{result.Option.Name} '{token.Value}': no such file{(foldersToo ? " or folder" : string.Empty)}{nor}.");
        }
    }
}
