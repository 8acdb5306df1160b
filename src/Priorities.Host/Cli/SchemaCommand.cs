using System.CommandLine;
using Priorities.Schemas;

namespace Priorities.Host.Cli;

/// <summary><c>priorities schema rules|assessment|tests|result|diff</c>: prints a JSON Schema (draft 2020-12) for editors and validators.</summary>
internal sealed class SchemaCommand
{
    private readonly Argument<string> _kind = new Argument<string>("kind")
    {
        Description = "rules (a rule set file), assessment (an assessment, JSON or YAML), tests (a rule-set test file), "
            + "result (a plan result's JSON), sensitivity (a sensitivity analysis's JSON), diff (a plan diff's JSON), "
            + "lint (lint --format json) or coverage (test --coverage --format json).",
    }.AcceptOnlyFromAmong("rules", "assessment", "tests", "result", "sensitivity", "diff", "lint", "coverage");

    public static Command Create() => new SchemaCommand().Build();

    private Command Build()
    {
        var command = new Command("schema", "Print the JSON Schema of rule set, assessment or rule-set test files, or of the JSON of a plan result, a "
            + "sensitivity analysis, a plan diff, lint or coverage.") { _kind };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var schema = parse.GetRequiredValue(_kind) switch
        {
            "rules" => JsonSchemas.RuleSet,
            "assessment" => JsonSchemas.Assessment,
            "tests" => JsonSchemas.RuleSetTests,
            "result" => JsonSchemas.Result,
            "sensitivity" => JsonSchemas.Sensitivity,
            "diff" => JsonSchemas.Diff,
            "lint" => JsonSchemas.Lint,
            "coverage" => JsonSchemas.Coverage,
            var other => throw new UsageException(
                $"unknown schema '{other}': expected rules, assessment, tests, result, sensitivity, diff, lint or coverage."),
        };
        await parse.InvocationConfiguration.Output.WriteAsync(schema.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
