using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.RuleSets.Compilation;

namespace Priorities.Rules.Tests.RuleSets.Compilation;

/// <summary>The check-only mode used when the reader found errors: expression problems only, nothing the reader reports.</summary>
public sealed class RuleSetCompilerCheckTests
{
    private readonly RuleSetFixture _f = new();

    [Fact]
    public void Check_UnknownProposal_StillChecksScoresAndBecauseWithoutRepeatingPR2024()
    {
        var then = _f.Propose("serious-acquisitve-crime", "{t.count rose", ("volume", "t.category"));
        var document = _f.Document(_f.Rule("r", then, _f.Fact("trend", "t")));
        var bag = new DiagnosticBag();

        RuleSetCompiler.Check(document, bag);

        Assert.Equal(["EXP004", "PR2503"], bag.Sorted().Select(d => d.Code));
        Assert.Equal(then.Scores[0].Value.Location, bag.Sorted()[0].Location);
        Assert.Equal(then.Because!.Location, bag.Sorted()[1].Location);
    }

    [Fact]
    public void Check_DeriveOfUndeclaredTypeOrField_LeavesItToTheReaderAndChecksTheRest()
    {
        _f.Declare("hotspot", ("area", FieldType.String));
        var derive = _f.Derive("hotspot", ("aera", "t.area"), ("area", "t.aera"));
        var then = new Priorities.RuleSets.Model.RuleConsequence(null, null, false, [], null, [_f.Derive("hotspt", ("area", "t.area")), derive]);
        var bag = new DiagnosticBag();

        RuleSetCompiler.Check(_f.Document(_f.Rule("r", then, _f.Fact("trend", "t"))), bag);

        var d = Assert.Single(bag.Items);
        Assert.Equal("EXP003", d.Code);
        Assert.Equal(derive.Values[1].Value.Location.Offset(0, 2), d.Location);
    }

    [Fact]
    public void Check_SoundDocument_AddsNothing()
    {
        var then = _f.Propose("serious-acquisitive-crime", "{t.category} rose", ("volume", "t.changePct"));
        var document = _f.Document(_f.Rule("r", then, _f.Fact("trend", "t", "has(t.changePct) and t.changePct > 10")));
        var bag = new DiagnosticBag();

        RuleSetCompiler.Check(document, bag);

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Compile_UnknownProposal_StillReportsPR2024()
    {
        var (compiled, bag) = _f.Compile(_f.Rule("r", _f.Propose("nowhere", "x"), _f.Fact("trend", "t")));

        Assert.Null(compiled);
        Assert.Equal("PR2024", Assert.Single(bag.Items).Code);
    }
}
