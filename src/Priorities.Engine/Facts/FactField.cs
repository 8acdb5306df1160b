using System.Linq.Expressions;

namespace Priorities.Engine.Facts;

/// <summary>A named, typed field of a <see cref="FactType"/>.</summary>
public sealed class FactField
{
    private readonly Func<Expression, Expression> _access;
    private readonly Func<Expression, Expression>? _known;

    internal FactField(string name, FieldType type, int index, Func<Expression, Expression> access, Func<Expression, Expression>? known = null)
    {
        Name = name;
        Type = type;
        Index = index;
        _access = access;
        _known = known;
    }

    /// <summary>The field name used in expressions.</summary>
    public string Name { get; }

    /// <summary>The field's type.</summary>
    public FieldType Type { get; }

    /// <summary>The position of the field in its fact type.</summary>
    public int Index { get; }

    /// <summary>
    /// Whether the field's value may be unknown (stored as null). Rules must prove such a field present with
    /// <c>has(binding.field)</c> before they read it (EXP010).
    /// </summary>
    public bool IsNullable => _known is not null;

    /// <summary>
    /// Builds an expression that reads this field from <paramref name="fact"/>, an expression typed as
    /// the fact type's CLR type. The result is typed as the CLR type of <see cref="Type"/>
    /// (<see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or a read-only list);
    /// an unknown value reads as the type's empty value, so that the read never throws.
    /// </summary>
    internal Expression Read(Expression fact) => _access(fact);

    /// <summary>Builds a boolean expression that is true when the field's value is known (always, when not nullable).</summary>
    internal Expression Known(Expression fact) => _known is null ? Expression.Constant(true) : _known(fact);
}
