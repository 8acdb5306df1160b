namespace Priorities.Engine.Expressions.Semantics;

/// <summary>The allow-list of functions. Nothing else can be called.</summary>
internal static class FunctionCatalog
{
    private static readonly Dictionary<string, FunctionDefinition> Definitions = new FunctionDefinition[]
    {
        new("abs", 1, 1, "abs(x)", NumericFunctions.Abs),
        new("min", 2, int.MaxValue, "min(x, y, ...)", call => NumericFunctions.Extreme(call, max: false)),
        new("max", 2, int.MaxValue, "max(x, y, ...)", call => NumericFunctions.Extreme(call, max: true)),
        new("round", 1, 2, "round(x) or round(x, digits)", NumericFunctions.Round),
        new("floor", 1, 1, "floor(x)", call => NumericFunctions.ToWhole(call, nameof(Math.Floor))),
        new("ceil", 1, 1, "ceil(x)", call => NumericFunctions.ToWhole(call, nameof(Math.Ceiling))),
        new("clamp", 3, 3, "clamp(x, lo, hi)", NumericFunctions.Clamp),
        new("pct_change", 2, 2, "pct_change(previous, current)", NumericFunctions.PercentChange),
        new("lower", 1, 1, "lower(text)", call => TextFunctions.ChangeCase(call, nameof(string.ToLowerInvariant))),
        new("upper", 1, 1, "upper(text)", call => TextFunctions.ChangeCase(call, nameof(string.ToUpperInvariant))),
        new("contains", 2, 2, "contains(text, part) or contains(list, item)", TextFunctions.Contains),
        new("startsWith", 2, 2, "startsWith(text, prefix)", call => TextFunctions.Affix(call, nameof(string.StartsWith))),
        new("endsWith", 2, 2, "endsWith(text, suffix)", call => TextFunctions.Affix(call, nameof(string.EndsWith))),
        new("len", 1, 1, "len(text) or len(list)", TextFunctions.Length),
    }.ToDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>The names of the allowed functions, in alphabetical order.</summary>
    /// <remarks><c>has</c>, which tests a field rather than computing on values, is checked by <see cref="MemberBinder"/>.</remarks>
    public static IReadOnlyList<string> Names { get; } = Definitions.Keys.Append(PresenceProofs.Has).Order(StringComparer.Ordinal).ToArray();

    public static bool TryGet(string name, out FunctionDefinition definition) => Definitions.TryGetValue(name, out definition!);
}
