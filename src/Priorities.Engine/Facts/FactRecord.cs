namespace Priorities.Engine.Facts;

/// <summary>
/// An immutable fact of a fact type declared with <see cref="FactType.Define"/>: a value per field.
/// Create instances with <see cref="FactType.Create(IReadOnlyDictionary{string, object})"/>.
/// </summary>
public sealed class FactRecord
{
    internal FactRecord(FactType type, object?[] values)
    {
        Type = type;
        Values = values;
    }

    /// <summary>The fact's type.</summary>
    public FactType Type { get; }

    /// <summary>Field values in field order, normalised to the CLR types of <see cref="FieldTypes"/>.</summary>
    internal object?[] Values { get; }

    /// <summary>The value of the named field; null when the field is nullable and its value is unknown.</summary>
    /// <exception cref="KeyNotFoundException">The fact type has no such field.</exception>
    public object? this[string field] =>
        Type.TryGetField(field, out var f) ? Values[f.Index] : throw new KeyNotFoundException($"Fact type '{Type.Name}' has no field '{field}'.");

    /// <inheritdoc />
    public override string ToString() =>
        Type.Name + " { " + string.Join(", ", Type.Fields.Select(f => f.Name + " = " + FactFormatter.Format(Values[f.Index]))) + " }";
}
