using FsCheck.Xunit;
using Priorities.Assessments;
using Priorities.Assessments.Reading;

namespace Priorities.Rules.Tests.Assessments;

public sealed class AssessmentReaderProperties
{
    private static readonly string[] Pieces = ["\n", " ", "- ", ": ", "{", "}", "[", "]", "'", "\"", ",", "&a ", "*a", "|\n", "#", "\t", "---\n", "null", "1e999", "-", "count: x", "\\u12"];

    /// <summary>Whatever the text, YAML or JSON, the reader returns an assessment or errors, and never throws.</summary>
    [Property(MaxTest = 200)]
    public void ReadText_MutatedText_Meets_Specification(int seed, bool json)
    {
        var random = new Random(seed);
        var sample = AssessmentSerializerTests.Sample();
        var text = (json ? AssessmentSerializer.ToJson(sample) : AssessmentSerializer.ToYaml(sample)).ToList();
        for (var m = random.Next(1, 6); m > 0; m--)
        {
            var at = random.Next(text.Count);
            if (random.Next(2) == 0) text.RemoveRange(at, Math.Min(random.Next(1, 15), text.Count - at));
            else text.InsertRange(at, Pieces[random.Next(Pieces.Length)]);
        }

        var result = AssessmentReader.ReadText("m", new string([.. text]));

        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == Priorities.Engine.Diagnostics.DiagnosticSeverity.Error));
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1));
    }
}
