using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>Whatever id a caller sends, the file it names stays directly inside the assessments folder.</summary>
public sealed class AssessmentFolderProperties
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "assessments-root"));

    /// <summary>Ids from an alphabet rich in what path tricks are made of.</summary>
    private static readonly Gen<string> Ids =
        Gen.Elements('a', 'Z', '0', '.', '-', '_', '/', '\\', ':', '~', '%', ' ', '\0', 'é')
            .ArrayOf()
            .Select(chars => new string(chars));

    [Property(MaxTest = 2000)]
    public Property IsValidId_AnyText_Meets_Specification() => Prop.ForAll(
        Ids.ToArbitrary(),
        id =>
        {
            if (!AssessmentFolder.IsValidId(id)) return true.Label("refused");
            var file = Path.GetFullPath(Path.Combine(Root, id + ".yaml"));
            return (Path.GetDirectoryName(file) == Root && Path.GetFileName(file) == id + ".yaml"
                && !id.Contains("..", StringComparison.Ordinal) && id.Length > 0 && char.IsAsciiLetterOrDigit(id[0]))
                .Label($"'{id}' -> {file}");
        });
}
