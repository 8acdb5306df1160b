using Priorities.Engine.Expressions;

namespace Priorities.Engine.Network;

/// <summary>An emit action: the record name and, per value, boxed and typed delegates over the firing's tuple.</summary>
internal sealed class OutputSpec
{
    public OutputSpec(string name, IReadOnlyList<string> names, IReadOnlyList<ExprType> types, IReadOnlyList<Func<FactHandle?[], object?>> boxed, IReadOnlyList<Func<FactHandle?[], double>?> numbers)
    {
        Name = name;
        Names = names;
        Types = types;
        Boxed = boxed;
        Numbers = numbers;
    }

    public string Name { get; }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<ExprType> Types { get; }

    public IReadOnlyList<Func<FactHandle?[], object?>> Boxed { get; }

    /// <summary>Unboxed readers for numeric values (null for other types).</summary>
    public IReadOnlyList<Func<FactHandle?[], double>?> Numbers { get; }

    public int IndexOf(string name)
    {
        for (var i = 0; i < Names.Count; i++)
            if (string.Equals(Names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
