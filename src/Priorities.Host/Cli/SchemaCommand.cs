using System.CommandLine;
using Priorities.Schemas;

namespace Priorities.Host.Cli;

/// <summary><c>priorities schema rules|assessment|tests</c>: prints a JSON Schema (draft 2020-12) for editors and validators.</summary>
internal sealed class SchemaCommand
{
    private readonly Argument<string> _kind = new Argument<string>("kind")
    {
        Description = "rules (a rule set file), assessment (an assessment, JSON or YAML) or tests (a rule-set test file).",
    }.AcceptOnlyFromAmong("rules", "assessment", "tests");

    public static Command Create() => new SchemaCommand().Build();

    private Command Build()
    {
        var command = new Command("schema", "Print the JSON Schema of rule set, assessment or rule-set test files.") { _kind };
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
            var other => throw new UsageException($"unknown schema '{other}': expected rules, assessment or tests."),
        };
        await parse.InvocationConfiguration.Output.WriteAsync(schema.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
