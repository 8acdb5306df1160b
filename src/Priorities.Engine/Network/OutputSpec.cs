using Priorities.Engine.Expressions;

namespace Priorities.Engine.Network;

/// <summary>An emit action: the record name and, per value, boxed and typed delegates over the firing's tuple.</summary>
internal sealed class OutputSpec
{
    private readonly string[] _names;

    public OutputSpec(string name, string[] names, ExprType[] types, Func<FactHandle?[], object?>[] boxed, Func<FactHandle?[], double>?[] numbers)
    {
        Name = name;
        _names = names;
        Types = types;
        Boxed = boxed;
        Numbers = numbers;
    }

    public string Name { get; }

    public IReadOnlyList<string> Names => _names;

    public ExprType[] Types { get; }

    public Func<FactHandle?[], object?>[] Boxed { get; }

    /// <summary>Unboxed readers for numeric values (null for other types).</summary>
    public Func<FactHandle?[], double>?[] Numbers { get; }

    /// <summary>The position of the named value, or -1; a name passed as the same string instance is found first.</summary>
    public int IndexOf(string name)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
            if (ReferenceEquals(names[i], name)) return i;
        for (var i = 0; i < names.Length; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
