using Priorities.Engine.Facts;

namespace Priorities.Engine.Expressions;

/// <summary>A static type of the expression language. Lists carry their element type.</summary>
internal sealed record ExprType(ExprKind Kind, ExprType? Element = null)
{
    public static readonly ExprType Boolean = new(ExprKind.Boolean);
    public static readonly ExprType Integer = new(ExprKind.Integer);
    public static readonly ExprType Number = new(ExprKind.Number);
    public static readonly ExprType String = new(ExprKind.String);
    public static readonly ExprType StringList = new(ExprKind.List, String);
    public static readonly ExprType NumberList = new(ExprKind.List, Number);

    /// <summary>True for <see cref="ExprKind.Integer"/> and <see cref="ExprKind.Number"/>.</summary>
    public bool IsNumeric => Kind is ExprKind.Integer or ExprKind.Number;

    /// <summary>The CLR type that compiled expressions of this type produce.</summary>
    public Type ClrType => Kind switch
    {
        ExprKind.Boolean => typeof(bool),
        ExprKind.Integer => typeof(long),
        ExprKind.Number => typeof(double),
        ExprKind.String => typeof(string),
        _ => typeof(IReadOnlyList<>).MakeGenericType(Element!.ClrType),
    };

    /// <summary>The expression type of a fact field.</summary>
    public static ExprType Of(FieldType type) => type switch
    {
        FieldType.Boolean => Boolean,
        FieldType.Integer => Integer,
        FieldType.Number => Number,
        FieldType.String => String,
        FieldType.StringList => StringList,
        _ => NumberList,
    };

    /// <summary>The name used in diagnostics, e.g. <c>number</c> or <c>list(string)</c>.</summary>
    public override string ToString() => Kind == ExprKind.List ? $"list({Element})" : Kind.ToString().ToLowerInvariant() switch
    {
        "boolean" => "bool",
        "integer" => "int",
        var other => other == "number" ? "number" : other,
    };
}
