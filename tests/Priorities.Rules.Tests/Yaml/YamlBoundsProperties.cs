using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Assessments.Reading;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.Testing;

namespace Priorities.Rules.Tests.Yaml;

public sealed class YamlBoundsProperties
{
    /// <summary>Shapes past the bounds: deep flow or block nesting, alias bombs, aliases nested deep, wide bombs.</summary>
    public static Arbitrary<string> Hostile() => Gen.OneOf(
            Gen.Choose(65, 80_000).Select(HostileYaml.Brackets),
            Gen.Choose(65, 300).Select(HostileYaml.BlockMappings),
            Gen.Choose(4, 30).SelectMany(width => Gen.Choose(Levels(width), 12).Select(levels => HostileYaml.AliasBomb(levels, width))),
            Gen.Choose(1, 60).Select(AliasedDepth),
            Gen.Choose(50_001, 120_000).Select(n => "- &w " + HostileYaml.Wide(10) + "\n" + string.Concat(Enumerable.Repeat("- *w\n", n))))
        .ToArbitrary();

    /// <summary>
    /// Whatever hostile shape is sent to any YAML reader (rule set, assessment, rule-set test), the answer is an error
    /// diagnostic with a place, never an exception, within a bounded time.
    /// </summary>
    [Property(MaxTest = 40, Arbitrary = [typeof(YamlBoundsProperties)])]
    public void Readers_HostileShape_Meets_Specification(string text, byte reader)
    {
        var clock = Stopwatch.StartNew();

        var diagnostics = Read(text, reader % 3);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        var error = Assert.Single(diagnostics, d => d.Code is "PR1000" or "PR3010");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
    }

    private static IReadOnlyList<Diagnostic> Read(string text, int reader) => reader switch
    {
        0 => RuleSetLoader.LoadText("hostile.yaml", text).Diagnostics,
        1 => AssessmentReader.ReadText("hostile.yaml", text).Diagnostics,
        _ => TestFileDiagnostics(text),
    };

    private static IReadOnlyList<Diagnostic> TestFileDiagnostics(string text)
    {
        var bag = new DiagnosticBag();
        TestFileReader.ReadText("hostile.yaml", text, bag);
        return bag.Sorted();
    }

    /// <summary>The fewest levels at which a bomb of this width repeats more than the node limit.</summary>
    private static int Levels(int width) => (int)Math.Ceiling(Math.Log(500_000) / Math.Log(width)) + 1;

    /// <summary>A list 40 deep, anchored, then repeated under <paramref name="depth"/> more levels (past 64 above 24).</summary>
    private static string AliasedDepth(int depth) =>
        "- &d " + new string('[', 40) + new string(']', 40) + "\n- " + new string('[', depth + 24) + "*d" + new string(']', depth + 24);
}
