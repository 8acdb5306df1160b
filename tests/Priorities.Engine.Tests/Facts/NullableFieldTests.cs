using Priorities.Engine.Facts;

namespace Priorities.Engine.Tests.Facts;

public sealed class NullableFieldTests
{
    private static readonly FactType Measure = FactType.Define("Measure",
        [new("count", FieldType.Integer), new("pct", FieldType.Number), new("note", FieldType.String)], nullable: ["pct", "note"]);

    [Fact]
    public void Define_NullableNames_MarksOnlyThoseFields()
    {
        Assert.Equal([false, true, true], Measure.Fields.Select(f => f.IsNullable));
    }

    [Fact]
    public void Define_NullableNameThatIsNotAField_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => FactType.Define("M", [new("count", FieldType.Integer)], nullable: ["pcts"]));

        Assert.Contains("has no field 'pcts' to make nullable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullOrMissingNullableField_StoresUnknownAsNull()
    {
        var record = Measure.Create(new Dictionary<string, object?> { ["pct"] = null });

        Assert.Null(record["pct"]);
        Assert.Null(record["note"]);
        Assert.Equal(0L, record["count"]);
    }

    [Fact]
    public void Create_KnownZero_StaysZeroNotUnknown()
    {
        var record = Measure.Create(new Dictionary<string, object?> { ["pct"] = 0, ["note"] = string.Empty });

        Assert.Equal(0.0, record["pct"]);
        Assert.Equal(string.Empty, record["note"]);
    }

    [Fact]
    public void FromClass_NullableValueProperty_IsANullableField()
    {
        var type = FactType.FromClass<Reading>();

        Assert.True(type.TryGetField("Pct", out var pct));
        Assert.True(pct.IsNullable);
        Assert.Equal(FieldType.Number, pct.Type);
        Assert.True(type.TryGetField("Level", out var level));
        Assert.Equal((FieldType.Integer, true), (level.Type, level.IsNullable));
        Assert.True(type.TryGetField("Count", out var count));
        Assert.False(count.IsNullable);
    }

    [Fact]
    public void Fire_ClassWithNullableProperty_HasTellsKnownFromUnknown()
    {
        var type = FactType.FromClass<Reading>();
        var rule = new Model.RuleDefinition("known", [Model.PatternDefinition.Match("r", "Reading", "has(r.Pct) and r.Pct >= 0")],
            [Model.ActionDefinition.Emit("out", [new("level", "has(r.Level) ? r.Level : -1")])]);
        var compilation = new RuleSetBuilder().AddFactType(type).AddRule(rule).Compile();
        Assert.True(compilation.Succeeded, string.Join("\n", compilation.Diagnostics));
        var session = compilation.RuleSet!.CreateSession();
        session.InsertAll([new Reading(1, null, 2), new Reading(2, 0.0, null), new Reading(3, 4.5, 7)]);

        var firings = session.Fire().Firings;

        Assert.Equal([-1.0, 7.0], firings.Select(f => f.GetNumber("level")));
    }

    /// <summary>A CLR fact with nullable value properties.</summary>
    public sealed record Reading(int Count, double? Pct, int? Level);
}
