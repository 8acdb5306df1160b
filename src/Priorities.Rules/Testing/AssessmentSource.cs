using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Testing;

/// <summary>Reads the assessments of tests: files (YAML or JSON, each read once per run) and inline mappings.</summary>
internal sealed class AssessmentSource
{
    private readonly Dictionary<string, Assessment?> _files = new(StringComparer.Ordinal);

    public Assessment? Load(TestCaseSpec test, YamlSource source, DiagnosticBag bag)
    {
        if (test.InlineAssessment is { } inline) return Inline(inline, source, test.AssessmentLocation, bag);
        return Load(test.AssessmentPath!, test.AssessmentLocation, bag);
    }

    /// <summary>The assessment in a file, read once per run; null (reported at <paramref name="location"/>) when unreadable.</summary>
    public Assessment? Load(string path, SourceLocation location, DiagnosticBag bag)
    {
        if (_files.TryGetValue(path, out var cached))
        {
            if (cached is null) bag.Error(RulesCodes.TestAssessmentUnreadable, location, $"The assessment {path} could not be read (see above).");
            return cached;
        }
        var assessment = FromFile(path, location, bag);
        _files[path] = assessment;
        return assessment;
    }

    private static Assessment? FromFile(string path, SourceLocation location, DiagnosticBag bag)
    {
        var result = AssessmentReader.Read(path);
        bag.AddRange(result.Diagnostics);
        if (result.Assessment is null) bag.Error(RulesCodes.TestAssessmentUnreadable, location, $"The assessment {path} could not be read (see above).");
        return result.Assessment;
    }

    /// <summary>Reads an inline assessment from the test file's own tree, so problems point at their place in the test file.</summary>
    private static Assessment? Inline(YamlMappingNode node, YamlSource source, SourceLocation location, DiagnosticBag bag)
    {
        var assessment = AssessmentReader.ReadNode(source, node, bag);
        if (assessment is null) bag.Error(RulesCodes.TestAssessmentUnreadable, location, "The inline assessment is not valid (see above).");
        return assessment;
    }
}
