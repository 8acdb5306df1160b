using System.Linq.Expressions;

namespace Priorities.Engine.Facts;

/// <summary>A named, typed field of a <see cref="FactType"/>.</summary>
public sealed class FactField
{
    private readonly Func<Expression, Expression> _access;

    internal FactField(string name, FieldType type, int index, Func<Expression, Expression> access)
    {
        Name = name;
        Type = type;
        Index = index;
        _access = access;
    }

    /// <summary>The field name used in expressions.</summary>
    public string Name { get; }

    /// <summary>The field's type.</summary>
    public FieldType Type { get; }

    /// <summary>The position of the field in its fact type.</summary>
    public int Index { get; }

    /// <summary>
    /// Builds an expression that reads this field from <paramref name="fact"/>, an expression typed as
    /// the fact type's CLR type. The result is typed as the CLR type of <see cref="Type"/>
    /// (<see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, <see cref="string"/> or a read-only list).
    /// </summary>
    internal Expression Read(Expression fact) => _access(fact);
}
