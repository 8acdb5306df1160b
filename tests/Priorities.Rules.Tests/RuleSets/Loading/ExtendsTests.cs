using Priorities.Diagnostics;
using Priorities.Engine.Diagnostics;
using Priorities.RuleSets;
using Priorities.RuleSets.Loading;
using Priorities.RuleSets.Model;

namespace Priorities.Rules.Tests.RuleSets.Loading;

/// <summary>A district pack extends a county base: override and remove its priorities, with positioned mistakes.</summary>
public sealed class ExtendsTests : IDisposable
{
    private const string Base = """
        ruleset: county-base
        version: 1
        aims:
          - { id: communities, title: Communities harmed by crime and ASB }
          - { id: victims, title: Victims and those at risk }
        priorities:
          - { id: burglary, title: Burglary, aim: communities, covers: [burglary] }
          - { id: asb, title: Anti-social behaviour, aim: communities, covers: [anti-social-behaviour] }
          - { id: prevent, title: Prevent, legalBasis: s.26 Counter-Terrorism and Security Act 2015 }
        scoring:
          dimensions:
            trend: { weight: 1 }
        rules:
          - id: rising-burglary
            when: [ { fact: trend, as: t, where: "t.category == 'burglary'" } ]
            then: { propose: burglary, score: { trend: t.count }, because: "rose" }
          - id: rising-asb
            when: [ { fact: trend, as: t, where: "t.category == 'anti-social-behaviour'" } ]
            then: { propose: asb, score: { trend: t.count }, because: "rose" }
          - id: prevent-duty
            when: [ { fact: duty, as: d, where: "d.id == 'prevent'" } ]
            then: { propose: prevent, mandatory: true, because: "a duty" }
        """;

    private readonly TempFolder _folder = new();

    public ExtendsTests() => _folder.Write("base.yaml", Base);

    public void Dispose() => _folder.Dispose();

    private (RuleSetLoadResult Result, string Path) Load(string districtBody, string name = "district.yaml")
    {
        var path = _folder.Write(name, "ruleset: district\nversion: 1\n" + districtBody);
        return (RuleSetLoader.Load(path), path);
    }

    private static Diagnostic OnlyError(RuleSetLoadResult result) =>
        Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

    [Fact]
    public void Load_OverrideAndRemove_ChangesTheBasePrioritiesAndDropsTheirRules()
    {
        var (result, _) = Load("""
            extends: base.yaml
            override:
              - { id: burglary, title: Burglary and robbery, covers: [burglary, robbery], aim: victims }
            remove: [asb]
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var catalogue = result.RuleSet!.Catalogue;
        Assert.Equal(["burglary", "prevent"], catalogue.Select(p => p.Id));
        Assert.Equal(("Burglary and robbery", "victims"), (catalogue[0].Title, catalogue[0].Aim));
        Assert.Equal(["burglary", "robbery"], catalogue[0].Covers);
        Assert.Equal(2, result.RuleSet.RuleCount);
        Assert.Equal(["communities", "victims"], result.RuleSet.Aims.Select(a => a.Id));
    }

    [Fact]
    public void Load_ExplainMerge_SaysWhereEachItemCameFromAndWhatChanged()
    {
        var (result, path) = Load("extends: base.yaml\noverride:\n  - { id: burglary, title: B }\nremove: [asb]\n");
        var basePath = Path.Combine(_folder.Root, "base.yaml");

        var burglary = Assert.Single(result.Merge, e => e.Kind == "priority" && e.Id == "burglary");
        var asb = Assert.Single(result.Merge, e => e.Kind == "priority" && e.Id == "asb");
        var asbRule = Assert.Single(result.Merge, e => e.Kind == "rule" && e.Id == "rising-asb");

        Assert.Equal((MergeAction.Overridden, $"{basePath}:7:5", $"{path}:5:5 (title)"), (burglary.Action, burglary.DeclaredAt, burglary.ChangedAt));
        Assert.Equal((MergeAction.Removed, $"{path}:6:10"), (asb.Action, asb.ChangedAt));
        Assert.Equal((MergeAction.Removed, "asb"), (asbRule.Action, asbRule.Fields[0]));
        Assert.Contains(result.Merge, e => e is { Kind: "dimension", Id: "trend", Action: MergeAction.Kept });
        Assert.Contains(result.Merge, e => e is { Kind: "aim", Id: "victims", Action: MergeAction.Kept });
    }

    [Fact]
    public void Load_OverrideOfUnknownId_IsPR2102AtTheItemWithDidYouMean()
    {
        var (result, path) = Load("extends: base.yaml\noverride:\n  - { id: burglery, title: B }\n");

        var error = OnlyError(result);
        Assert.Equal($"{path}:5:5: error PR2102: Cannot override 'burglery': the rule set this file extends has no priority 'burglery'. Did you mean 'burglary'?", error.ToString());
    }

    [Fact]
    public void Load_RemoveOfUnknownId_IsPR2103AtTheItem()
    {
        var (result, path) = Load("extends: base.yaml\nremove: [asbo]\n");

        Assert.Equal((RulesCodes.RemoveUnknown, $"{path}:4:10"), (OnlyError(result).Code, OnlyError(result).Location.ToString()));
    }

    [Fact]
    public void Load_RemoveOfStatutoryDuty_IsPR2105NamingTheAct()
    {
        var (result, path) = Load("extends: base.yaml\nremove: [prevent]\n");

        var error = OnlyError(result);
        Assert.Equal($"{path}:4:10: error PR2105: 'prevent' is a statutory duty (s.26 Counter-Terrorism and Security Act 2015); no partnership may remove it.", error.ToString());
    }

    [Fact]
    public void Load_OverrideAndRemoveOfTheSameId_IsPR2107AtTheRemoval()
    {
        var (result, path) = Load("extends: base.yaml\noverride:\n  - { id: asb, title: A }\nremove: [asb]\n");

        Assert.Equal((RulesCodes.OverrideAndRemove, $"{path}:6:10"), (OnlyError(result).Code, OnlyError(result).Location.ToString()));
    }

    [Fact]
    public void Load_PlainDuplicateOfABasePriority_StaysPR2003AndPointsToOverride()
    {
        var (result, path) = Load("extends: base.yaml\npriorities:\n  - { id: asb, title: Again }\n");

        var error = OnlyError(result);
        Assert.Equal(RulesCodes.DuplicatePriority, error.Code);
        Assert.Equal($"{path}:5:5", error.Location.ToString());
        Assert.EndsWith("To change a priority of the rule set this file extends, use 'override:'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverrideWithoutExtends_IsPR2102SayingSo()
    {
        var (result, _) = Load(Base.Split("rules:")[0]["ruleset: county-base\nversion: 1\n".Length..] + "override:\n  - { id: asb, title: A }\n");

        Assert.Contains(result.Diagnostics, d => d.Code == RulesCodes.OverrideUnknown && d.Message.Contains("extends no rule set", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CycleOfExtends_IsPR2104AtTheExtendsNamingTheChain()
    {
        _folder.Write("a.yaml", "ruleset: a\nversion: 1\nextends: district.yaml\n");
        var (result, _) = Load("extends: a.yaml\nscoring:\n  dimensions:\n    trend: { weight: 1 }\n");

        var error = OnlyError(result);
        Assert.Equal($"{Path.Combine(_folder.Root, "a.yaml")}:3:10: error PR2104: Cycle of extends: district.yaml -> a.yaml -> district.yaml.", error.ToString());
    }

    [Fact]
    public void Load_ExtendsOfAnAssessment_IsPR2106AtTheExtends()
    {
        _folder.Write("area.yaml", "partnership: { name: Oxford }\nperiod: { start: 2024-01, end: 2024-12 }\n");
        var (result, path) = Load("extends: area.yaml\n");

        Assert.Contains(result.Diagnostics, d => d.Code == RulesCodes.ExtendsNotRuleSet && d.Location.ToString() == $"{path}:3:10");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == RulesCodes.UnknownKey);
    }

    [Fact]
    public void LoadText_ExtendsOutsideTheIncludeRoot_IsPR1007LikeAnInclude()
    {
        var file = Path.Combine(_folder.Root, "request.yaml");

        var result = RuleSetLoader.LoadText(file, "ruleset: x\nversion: 1\nextends: /etc/passwd\n", new() { IncludeRoot = _folder.Root });

        Assert.Contains(result.Diagnostics, d => d.Code == RulesCodes.IncludeOutsideRoot && d.Location.Line == 3);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownAim_IsPR2100AtThePriorityWithDidYouMean()
    {
        var (result, path) = Load("extends: base.yaml\npriorities:\n  - { id: drugs, title: Drugs, aim: offender }\n"
            + "aims:\n  - { id: offenders, title: Offenders }\n");

        var error = OnlyError(result);
        Assert.Equal($"{path}:5:5: error PR2100: Unknown aim 'offender'. Did you mean 'offenders'?", error.ToString());
    }

    [Fact]
    public void Load_OverrideToUnknownAim_IsPR2100AtTheOverride()
    {
        var (result, path) = Load("extends: base.yaml\noverride:\n  - { id: asb, aim: vicitms }\n");

        Assert.Equal($"{path}:5:5: error PR2100: Unknown aim 'vicitms'. Did you mean 'victims'?", OnlyError(result).ToString());
    }

    [Fact]
    public void Load_DuplicateAim_IsPR2101()
    {
        var (result, path) = Load("extends: base.yaml\naims:\n  - { id: victims, title: Again }\n");

        Assert.Equal((RulesCodes.DuplicateAim, $"{path}:5:5"), (OnlyError(result).Code, OnlyError(result).Location.ToString()));
    }

    [Fact]
    public void Load_OverrideTwiceInOneFile_IsPR2108()
    {
        var (result, path) = Load("extends: base.yaml\noverride:\n  - { id: asb, title: A }\n  - { id: asb, theme: T }\n");

        Assert.Equal((RulesCodes.DuplicateOverride, $"{path}:6:5"), (OnlyError(result).Code, OnlyError(result).Location.ToString()));
    }
}
