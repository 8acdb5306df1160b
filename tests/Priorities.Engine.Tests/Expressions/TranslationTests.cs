using System.Linq.Expressions;
using Priorities.Engine.Expressions;
using Priorities.Engine.Facts;
using static Priorities.Engine.Tests.Expressions.ExpressionFixture;

namespace Priorities.Engine.Tests.Expressions;

public sealed class TranslationTests
{
    private static readonly FactType Incident = FactType.FromClass<IncidentFact>();
    private static readonly ExpressionScope IncidentScope = new([ScopeBinding.Fact("i", Incident), ScopeBinding.Value("limit", ExprType.Integer)]);

    private static readonly IncidentFact Sample = new()
    {
        Area = "North",
        Count = 12,
        Rate = 1.5,
        Urgent = true,
        Level = Severity.High,
        Tags = ["asb", "night"],
        Scores = [0.5, 2.0],
    };

    [Fact]
    public void Translate_ClassFact_ReadsEveryKindOfProperty()
    {
        var predicate = FactPredicate("i.Count > 3 and i.Area == 'North' and i.Level == 'High' and 'night' in i.Tags and i.Rate >= 1.5 and i.Urgent and 2 in i.Scores");
        Assert.True(predicate(Sample));
        Assert.False(predicate(new IncidentFact { Count = 12 }));
    }

    [Fact]
    public void Translate_ClassFactNullStringAndList_ReadAsEmpty()
    {
        var predicate = FactPredicate("i.Note == '' and len(i.Note) == 0 and len(i.Scores) == 0 and not (1.5 in i.Scores) and upper(i.Note) == ''");
        Assert.True(predicate(new IncidentFact()));
    }

    [Fact]
    public void Translate_ClassFactWithValueBinding_UnboxesValue()
    {
        var result = Checked("i.Count * 2 > limit", IncidentScope);
        var fact = Expression.Parameter(typeof(object), "fact");
        var limit = Expression.Parameter(typeof(object), "limit");
        var body = result.Translate(name => name == "i" ? fact : limit);
        var compiled = Expression.Lambda<Func<object, object, bool>>(body, fact, limit).Compile();
        Assert.True(compiled(Sample, 23L));
        Assert.False(compiled(Sample, 24L));
    }

    [Fact]
    public void Translate_DefinedFact_ReadsRecordValues()
    {
        var type = FactType.Define("Duty", new Dictionary<string, FieldType> { ["name"] = FieldType.String, ["weight"] = FieldType.Number, ["statutory"] = FieldType.Boolean });
        var scope = new ExpressionScope([ScopeBinding.Fact("d", type)]);
        var result = Checked("d.statutory and d.weight >= 2 and startsWith(d.name, 'pre')", scope);
        var fact = Expression.Parameter(typeof(object), "fact");
        var compiled = Expression.Lambda<Func<object, bool>>(result.Translate(_ => fact), fact).Compile();
        Assert.True(compiled(type.Create(new Dictionary<string, object?> { ["name"] = "prevent", ["weight"] = 3, ["statutory"] = true })));
        Assert.False(compiled(type.Create(new Dictionary<string, object?> { ["name"] = "prevent", ["weight"] = 1.5, ["statutory"] = true })));
    }

    [Fact]
    public void Translate_BindingAccessAlreadyTyped_IsAccepted()
    {
        var fact = Expression.Parameter(typeof(FactRecord), "t");
        var body = Checked("t.count + 1").Translate(_ => fact);
        Assert.Equal(61L, Expression.Lambda<Func<FactRecord, long>>(body, fact).Compile()(T));
    }

    [Theory]
    [InlineData("k > 1", typeof(bool))]
    [InlineData("k + 1", typeof(long))]
    [InlineData("k / 1", typeof(double))]
    [InlineData("s + 'x'", typeof(string))]
    [InlineData("t.tags", typeof(IReadOnlyList<string>))]
    [InlineData("[1, 2]", typeof(IReadOnlyList<long>))]
    [InlineData("t.rates", typeof(IReadOnlyList<double>))]
    public void Translate_AnyExpression_HasClrTypeOfItsType(string text, Type clr)
    {
        var result = Checked(text);
        Assert.Equal(clr, result.Type.ClrType);
        Assert.Equal(clr, result.Translate(_ => Expression.Constant(null, typeof(object))).Type);
    }

    [Fact]
    public void Translate_ArithmeticAndComparison_DoesNotBox()
    {
        var body = Translate("t.count * 2 > k + 1 and t.change_pct / 3 <= n and s < 'z'");
        var conversions = ExpressionTreeInspector.Nodes(body).OfType<UnaryExpression>().Where(u => u.NodeType == ExpressionType.Convert);
        Assert.DoesNotContain(conversions, c => c.Type == typeof(object));
    }

    [Fact]
    public void Translate_StringOrdering_UsesOrdinalComparison()
    {
        var calls = ExpressionTreeInspector.Nodes(Translate("s < 'z'")).OfType<MethodCallExpression>();
        Assert.Contains(calls, c => c.Method.Name == nameof(string.CompareOrdinal));
    }

    [Fact]
    public void Translate_ShortConstantList_CompilesToComparisons()
    {
        var nodes = ExpressionTreeInspector.Nodes(Translate("t.category in ['a', 'b', 'c']"));
        Assert.Empty(nodes.OfType<MethodCallExpression>());
        Assert.Equal(3, nodes.Count(n => n.NodeType == ExpressionType.Equal));
    }

    [Fact]
    public void Translate_LongConstantList_CompilesToHashSetLookup()
    {
        var call = Assert.Single(ExpressionTreeInspector.Nodes(Translate("t.category in ['a', 'b', 'c', 'd', 'e', 'f']")).OfType<MethodCallExpression>());
        Assert.Equal(typeof(HashSet<string>), call.Method.DeclaringType);
        var set = Assert.IsType<HashSet<string>>(((ConstantExpression)call.Object!).Value);
        Assert.Same(StringComparer.Ordinal, set.Comparer);
    }

    [Fact]
    public void Translate_SameExpressionTwice_ReusesHashSet()
    {
        var result = Checked("k in [1, 2, 3, 4, 5, 6]");
        object? SetOf(Expression e) => ExpressionTreeInspector.Nodes(e).OfType<ConstantExpression>().Single(c => c.Value is HashSet<long>).Value;
        Assert.Same(SetOf(result.Translate(Access)), SetOf(result.Translate(Access)));
    }

    private static Func<IncidentFact, bool> FactPredicate(string text)
    {
        var result = Checked(text, IncidentScope);
        var fact = Expression.Parameter(typeof(object), "fact");
        var compiled = Expression.Lambda<Func<object, bool>>(result.Translate(_ => fact), fact).Compile();
        return incident => compiled(incident);
    }

    private static Expression Translate(string text) => Checked(text).Translate(Access);

    private static Expression Access(string name) => Expression.Constant(Values[Array.IndexOf(Order, name)], typeof(object));
}
