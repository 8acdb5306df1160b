using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Engine.Diagnostics;

namespace Priorities.Host.Http;

/// <summary>
/// The folder of assessments the review page can open (<c>serve --assessments DIR</c>; by default the samples
/// installed beside the executable). Only <c>.yaml</c>, <c>.yml</c> and <c>.json</c> regular files directly in it
/// count; each is named by its file name without the extension, and read with <see cref="AssessmentReader"/> once
/// its size is checked against the request limit, so a file the API would refuse as a body is refused here too.
/// </summary>
internal sealed partial class AssessmentFolder(string path, long maxBytes)
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The folder's full path.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The folder <c>serve</c> uses when none is given: <c>samples</c> beside the executable.</summary>
    public static string Default => System.IO.Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Whether <paramref name="id"/> can name a file here: letters, digits, '.', '-', '_', no "..".</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    /// <summary>Every assessment file's id, in ordinal order (the first extension wins when two share an id).</summary>
    public IReadOnlyList<string> Ids()
    {
        if (!Directory.Exists(Path)) return [];
        return Directory.EnumerateFiles(Path)
            .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(IsValidId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The file of an id, or null when there is none (or the id is not valid).</summary>
    public string? FileOf(string id)
    {
        if (!IsValidId(id)) return null;
        return Extensions.Select(e => System.IO.Path.Combine(Path, id + e))
            .FirstOrDefault(f => File.Exists(f)
                && string.Equals(System.IO.Path.GetDirectoryName(f), Path, StringComparison.Ordinal));
    }

    /// <summary>Reads the assessment of an id: it, or the diagnostics that say why not (files named by full path).</summary>
    public (Assessment? Assessment, IReadOnlyList<Diagnostic> Diagnostics) Read(string id)
    {
        var file = FileOf(id) ?? throw new ArgumentException($"No assessment '{id}'.", nameof(id));
        var info = new FileInfo(file);
        if (info.LinkTarget is not null || info.Length > maxBytes)
        {
            var why = info.LinkTarget is not null
                ? "is a link, not a regular file"
                : string.Create(CultureInfo.InvariantCulture, $"is larger than the limit of {maxBytes:N0} bytes");
            var problem = new Diagnostic(
                HttpCodes.AssessmentUnreadable, DiagnosticSeverity.Error, $"The assessment file {why}.",
                SourceLocation.StartOf(file));
            return (null, [problem]);
        }
        var read = AssessmentReader.Read(file);
        return (read.Assessment, read.Diagnostics);
    }

    /// <summary>Whether any fact of the assessment is marked sensitive (then only the full role may read it).</summary>
    public static bool HasSensitiveFacts(Assessment assessment) =>
        AnySensitive(JsonNode.Parse(AssessmentSerializer.ToJson(assessment)));

    private static bool AnySensitive(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(p => IsSensitiveFlag(p.Key, p.Value) || AnySensitive(p.Value)),
        JsonArray a => a.Any(AnySensitive),
        _ => false,
    };

    private static bool IsSensitiveFlag(string key, JsonNode? value) =>
        key == "sensitive" && value is JsonValue flag && flag.TryGetValue<bool>(out var sensitive) && sensitive;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")]
    private static partial Regex IdPattern();
}
