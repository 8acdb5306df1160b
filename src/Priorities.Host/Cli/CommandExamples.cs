using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Priorities.Host.Cli;

/// <summary>
/// Examples shown at the end of a command's own <c>--help</c>, so the root's command list keeps one short description each.
/// </summary>
internal static class CommandExamples
{
    private static readonly ConditionalWeakTable<Command, string> Examples = [];

    /// <summary>Adds the examples, one command line each, to <paramref name="command"/>'s help.</summary>
    public static Command With(this Command command, params string[] lines)
    {
        Examples.AddOrUpdate(command, "Examples:\n" + string.Concat(lines.Select(line => $"  {line}\n")) + "\n");
        return command;
    }

    /// <summary>Makes the root's help option print each command's examples after its usual help.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction inner) help.Action = new ExamplesAction(inner);
        }
    }

    private sealed class ExamplesAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var text)) parseResult.InvocationConfiguration.Output.Write(text);
            return code;
        }
    }
}
