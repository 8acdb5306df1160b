using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Files;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Reads the decision records a plan history names by path, with the guards of rule-set includes: the path resolves
/// beside the assessment file and must stay in its folder once symbolic links are followed; only regular, non-empty
/// files of at most 1 MiB are opened. Messages name the path as written, never a full path.
/// </summary>
internal sealed class RecordFiles(string folder)
{
    public const long MaxBytes = 1024 * 1024;

    public string? Read(string path, SourceLocation at, DiagnosticBag bag)
    {
        var inner = new DiagnosticBag();
        var full = IncludePath.Resolve(folder, path, at, folder, inner);
        var (text, _, problem) = full is null
            ? (null, null, $"The decision record '{IncludePath.Shown(path)}' is not a path inside the assessment's folder.")
            : RuleFileText.Read(full, IncludePath.Shown(path), MaxBytes, "decision record");
        if (text is null) bag.Error(RulesCodes.HistoryRecordNotRead, at, problem!);
        return text;
    }
}
