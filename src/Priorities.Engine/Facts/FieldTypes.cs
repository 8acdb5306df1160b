namespace Priorities.Engine.Facts;

/// <summary>Maps between <see cref="FieldType"/> values and the CLR types that carry them.</summary>
internal static class FieldTypes
{
    /// <summary>The CLR type an expression reading a field of <paramref name="type"/> produces.</summary>
    public static Type ClrTypeOf(FieldType type) => type switch
    {
        FieldType.Boolean => typeof(bool),
        FieldType.Integer => typeof(long),
        FieldType.Number => typeof(double),
        FieldType.String => typeof(string),
        FieldType.StringList => typeof(IReadOnlyList<string>),
        FieldType.NumberList => typeof(IReadOnlyList<double>),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown field type."),
    };

    /// <summary>The value a field of <paramref name="type"/> reads as when it is missing or unknown.</summary>
    public static object EmptyValue(FieldType type) => type switch
    {
        FieldType.Boolean => false,
        FieldType.Integer => 0L,
        FieldType.Number => 0d,
        FieldType.String => string.Empty,
        FieldType.StringList => Array.Empty<string>(),
        _ => Array.Empty<double>(),
    };

    /// <summary>The field type for a CLR property type, or null when the type is not supported.</summary>
    public static FieldType? FromClrType(Type type)
    {
        if (type == typeof(bool)) return FieldType.Boolean;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return FieldType.Integer;
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return FieldType.Number;
        if (type == typeof(string) || type.IsEnum) return FieldType.String;
        if (typeof(IEnumerable<string>).IsAssignableFrom(type)) return FieldType.StringList;
        if (typeof(IEnumerable<double>).IsAssignableFrom(type)) return FieldType.NumberList;
        return null;
    }

    /// <summary>Converts a value supplied for a record field to the canonical CLR value, or explains why it cannot.</summary>
    public static bool TryNormalize(FieldType type, object? value, out object? normalized)
    {
        normalized = (type, value) switch
        {
            (FieldType.Boolean, bool b) => b,
            (FieldType.Integer, int i) => (long)i,
            (FieldType.Integer, long l) => l,
            (FieldType.Number, double d) => d,
            (FieldType.Number, int i) => (double)i,
            (FieldType.Number, long l) => (double)l,
            (FieldType.Number, float f) => (double)f,
            (FieldType.Number, decimal m) => (double)m,
            (FieldType.String, null) => string.Empty,
            (FieldType.String, string s) => s,
            (FieldType.StringList, null) => Array.Empty<string>(),
            (FieldType.StringList, IEnumerable<string> list) => list.ToArray(),
            (FieldType.NumberList, null) => Array.Empty<double>(),
            (FieldType.NumberList, IEnumerable<double> list) => list.ToArray(),
            _ => null,
        };
        return normalized is not null;
    }
}
