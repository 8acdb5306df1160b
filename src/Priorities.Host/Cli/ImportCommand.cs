using System.CommandLine;

namespace Priorities.Host.Cli;

/// <summary><c>priorities import …</c>: turns published data into an assessment, one subcommand per kind of source.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Turn published data into an assessment (YAML or JSON).");
        import.Subcommands.Add(ImportPoliceUkCommand.Create());
        import.Subcommands.Add(ImportOnsCspCommand.Create());
        import.Subcommands.Add(ImportHarmCommand.Create());
        import.Subcommands.Add(ImportConcernCommand.Create());
        return import;
    }
}
