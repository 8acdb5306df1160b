namespace Priorities.Architecture.Tests;

/// <summary>One type of ours naming another in its signatures, fields, attributes or method bodies.</summary>
/// <param name="From">The full name of the type that depends.</param>
/// <param name="FromNamespace">Its namespace.</param>
/// <param name="To">The full name of the type it depends on.</param>
/// <param name="ToNamespace">That type's namespace.</param>
internal sealed record TypeDependency(string From, string FromNamespace, string To, string ToNamespace)
{
    /// <summary>Whether the depending type is in <paramref name="ns"/> or a namespace under it.</summary>
    public bool FromUnder(string ns) => Under(FromNamespace, ns);

    /// <summary>Whether the type depended on is in <paramref name="ns"/> or a namespace under it.</summary>
    public bool ToUnder(string ns) => Under(ToNamespace, ns);

    /// <summary>Whether the type depended on is <paramref name="type"/> (a full name) or a type nested in it.</summary>
    public bool IsTo(string type) => To == type || To.StartsWith(type + "+", StringComparison.Ordinal);

    public override string ToString() => $"{From} -> {To}";

    private static bool Under(string name, string ns) =>
        name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal);
}
