using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Yaml;
using YamlDotNet.RepresentationModel;

namespace Priorities.Testing;

/// <summary>Reads a rule-set test file (rules/README.md, "Tests"), reporting every problem at its line and column.</summary>
internal static class TestFileReader
{
    public static TestFileSpec? Read(string file, DiagnosticBag bag)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Error(RulesCodes.TestFileStructure, SourceLocation.StartOf(file), $"Cannot read the test file: {e.Message}");
            return null;
        }
        return ReadText(file, text, bag);
    }

    public static TestFileSpec? ReadText(string file, string text, DiagnosticBag bag)
    {
        var errors = bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        var source = YamlSource.Parse(file, text, bag);
        var root = YamlMap.From(source.Root, source, bag, "a test file");
        if (root is null)
        {
            if (source.Root is null && bag.Items.Count(d => d.Severity == DiagnosticSeverity.Error) == errors)
                bag.Error(RulesCodes.TestFileStructure, SourceLocation.StartOf(file), "The test file is empty; expected 'ruleset' and 'tests'.");
            return null;
        }
        root.AllowOnly("ruleset", "districts", "tests");
        var districts = root.Scalar("districts");
        var ruleset = root.Scalar("ruleset", required: true);
        var tests = root.List("tests", required: true);
        var cases = tests?.Children.Select(node => ReadCase(node, source, bag)).OfType<TestCaseSpec>().ToArray() ?? [];
        if (ruleset?.Value is not { Length: > 0 } path) return null;
        return new TestFileSpec(source, Resolve(file, path), source.LocationOf(ruleset), cases)
        {
            DistrictsPath = districts?.Value is { Length: > 0 } plan ? Resolve(file, plan) : null,
            DistrictsLocation = districts is null ? null : source.LocationOf(districts),
        };
    }

    /// <summary>A path written in a test file, relative to the test file's folder.</summary>
    public static string Resolve(string file, string path) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", path));

    private static TestCaseSpec? ReadCase(YamlNode node, YamlSource source, DiagnosticBag bag)
    {
        var map = YamlMap.From(node, source, bag, "a test");
        if (map is null) return null;
        map.AllowOnly("name", "assessment", "assessments", "expect");
        var name = map.String("name", required: true);
        var expectMap = map.Map("expect", required: true);
        var expect = expectMap is null ? null : ExpectationReader.Read(expectMap);
        if (map.Has("assessments") && name is not null && expect is not null)
        {
            var paths = map.Strings("assessments").Select(p => Resolve(source.File, p)).ToArray();
            return new TestCaseSpec(name, map.Location, null, null, map.KeyLocation("assessments"), expect) { AssessmentPaths = paths };
        }
        var assessment = map.Get("assessment");
        if (assessment is null && !map.Has("assessments"))
            bag.Error(RulesCodes.MissingKey, map.Location, "Missing required key 'assessment' (or 'assessments' for a roll-up).");
        if (name is null || expect is null || assessment is null) return null;
        return assessment switch
        {
            YamlScalarNode { Value: { Length: > 0 } path } => new TestCaseSpec(name, map.Location, Resolve(source.File, path), null, source.LocationOf(assessment), expect),
            YamlMappingNode inline => new TestCaseSpec(name, map.Location, null, inline, source.LocationOf(assessment), expect),
            _ => Invalid(source, assessment, bag),
        };
    }

    private static TestCaseSpec? Invalid(YamlSource source, YamlNode node, DiagnosticBag bag)
    {
        bag.Error(RulesCodes.TestFileStructure, source.LocationOf(node), "'assessment' must be a path to an assessment file or the assessment inline as a mapping.");
        return null;
    }
}
