using FsCheck.Xunit;
using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets.Compilation;
using Priorities.RuleSets.Loading;

namespace Priorities.Rules.Tests.RuleSets.Loading;

public sealed class RuleSetReaderProperties
{
    private static readonly string[] Pieces = ["\n", " ", "- ", ": ", "{", "}", "[", "]", "'", "\"", "&a ", "*a", "|\n", ">\n", "#", "\t", "!!int ", "---\n", "when:", "then:", "bands:", "below: x", "else:", "propose: p", "- fact: trend", "include: [x.yaml]", "\\u12"];

    /// <summary>Whatever the text, the reader returns (a document or errors) and never throws; no document without an error.</summary>
    [Property(MaxTest = 300)]
    public void ReadText_MutatedYaml_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var text = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n").ToCharArray().ToList();
        for (var m = random.Next(1, 6); m > 0; m--) Mutate(text, random);
        var bag = new DiagnosticBag();

        var document = RuleSetReader.ReadText("mutated.yaml", new string([.. text]), bag);

        Assert.True(document is not null || bag.HasErrors);
        Assert.All(bag.Items, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString()));
    }

    /// <summary>
    /// Whatever the text, the best-effort document of a rule set with errors can be type-checked without throwing, and
    /// the check adds only what the reader cannot know (expression, template and fact-type problems), each once.
    /// </summary>
    [Property(MaxTest = 200)]
    public void CheckDraft_MutatedYaml_Meets_Specification(int seed)
    {
        var random = new Random(seed);
        var text = (RuleYaml.Valid.ReplaceLineEndings("\n") + "\n").ToCharArray().ToList();
        for (var m = random.Next(1, 6); m > 0; m--) Mutate(text, random);
        var bag = new DiagnosticBag();
        var read = RuleSetReader.ReadTextDraft("mutated.yaml", new string([.. text]), bag);
        var before = bag.Items.Count;

        if (read.Document is { } draft) RuleSetCompiler.Check(draft, bag);

        Assert.Equal(read.HasErrors ? null : read.Document, read.Valid);
        var added = bag.Items.Skip(before).ToList();
        Assert.All(added, d => Assert.True(d.Code.StartsWith("EXP", StringComparison.Ordinal) || d.Code.StartsWith("ENG", StringComparison.Ordinal) || d.Code is "PR2503" or "PR2505", d.ToString()));
        Assert.Equal(added.Distinct().Count(), added.Count);
    }

    private static void Mutate(List<char> text, Random random)
    {
        var at = random.Next(text.Count + 1);
        switch (random.Next(3))
        {
            case 0 when text.Count > 0:
                text.RemoveRange(Math.Min(at, text.Count - 1), Math.Min(random.Next(1, 20), text.Count - Math.Min(at, text.Count - 1)));
                break;
            case 1:
                text.InsertRange(at, Pieces[random.Next(Pieces.Length)]);
                break;
            default:
                text.Insert(at, (char)random.Next(32, 127));
                break;
        }
    }
}
