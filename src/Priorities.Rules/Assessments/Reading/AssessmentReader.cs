using System.Text.Json;
using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Assessments.Reading;

/// <summary>
/// Reads a strategic assessment from JSON or YAML (JSON when the first non-blank character is <c>{</c>), reporting
/// every problem at once as <c>file:line:col: error CODE: message</c>: unknown keys (with a "did you mean"),
/// missing keys, values of the wrong type, unreadable numbers and syntax errors; and warning about unknown category
/// and duty ids and repeated trend facts. Never throws for bad input.
/// </summary>
public static class AssessmentReader
{
    /// <summary>
    /// Reads the assessment in a file. A plan history's decision records named by path are read too, beside the file
    /// and only inside its folder (regular files of at most 1 MiB), as rule-set includes are.
    /// </summary>
    /// <param name="path">The JSON or YAML file.</param>
    public static AssessmentLoadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = File.Exists(path) ? "cannot be read: " + e.Message : "does not exist.";
            return new AssessmentLoadResult(path, null, [new Diagnostic(RulesCodes.AssessmentUnreadable, DiagnosticSeverity.Error, $"The assessment file {reason}", SourceLocation.StartOf(path))]);
        }
        var bag = new DiagnosticBag();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
        var assessment = Parse(path, text, bag, new RecordFiles(folder));
        return new AssessmentLoadResult(path, bag.HasErrors ? null : assessment, bag.Sorted());
    }

    /// <summary>
    /// Reads an assessment from text, as if from <paramref name="file"/>. No other file is read: a plan history's
    /// decision record must then be given inline (a path is kept as a reference but not read).
    /// </summary>
    /// <param name="file">The name used in diagnostics.</param>
    /// <param name="text">The JSON or YAML text.</param>
    public static AssessmentLoadResult ReadText(string file, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(text);
        var bag = new DiagnosticBag();
        var assessment = Parse(file, text, bag, null);
        return new AssessmentLoadResult(file, bag.HasErrors ? null : assessment, bag.Sorted());
    }

    /// <summary>
    /// Reads an assessment written as a mapping inside another YAML file (such as a rule-set test), reporting its
    /// problems at their places in that file; null when it has errors (all in <paramref name="bag"/>).
    /// </summary>
    internal static Assessment? ReadNode(YamlSource source, YamlNode node, DiagnosticBag bag)
    {
        var errors = Errors(bag);
        var root = YamlDocReader.Convert(source, node, bag);
        return Errors(bag) > errors ? null : Build(root, bag);
    }

    private static Assessment? Parse(string file, string text, DiagnosticBag bag, RecordFiles? records)
    {
        var json = text.TrimStart().StartsWith('{');
        var root = json ? JsonDocReader.Read(file, text, bag) : YamlDocReader.Read(file, text, bag);
        if (root is null)
        {
            if (!bag.HasErrors) bag.Error(RulesCodes.AssessmentEmptyFile, SourceLocation.StartOf(file), "The assessment file is empty.");
            return null;
        }
        return Build(root, bag, records);
    }

    private static Assessment? Build(DocNode root, DiagnosticBag bag, RecordFiles? records = null)
    {
        var errors = Errors(bag);
        var typed = new AssessmentValidator(bag, records).Validate(root);
        if (root is DocObject document)
        {
            AssessmentChecks.Check(document, bag);
            PeriodChecks.Check(document, bag);
            ValueChecks.Check(document, bag);
            ComparisonChecks.Check(document, bag);
            DutyChecks.Check(document, bag);
            ActualChecks.Check(document, bag);
        }
        if (Errors(bag) > errors || typed is null) return null;
        try
        {
            return AssessmentSerializer.FromJson(typed.ToJsonString());
        }
        catch (JsonException e)
        {
            bag.Error(RulesCodes.AssessmentWrongType, root.Location, "The assessment could not be read: " + e.Message);
            return null;
        }
    }

    private static int Errors(DiagnosticBag bag) => bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
}
