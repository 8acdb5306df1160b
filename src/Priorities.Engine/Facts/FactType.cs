using System.Linq.Expressions;
using System.Reflection;

namespace Priorities.Engine.Facts;

/// <summary>
/// A registered fact type: a name and a schema of named, typed fields against which rule expressions are
/// type-checked. A fact type is backed either by a CLR class (<see cref="FromClass{T}"/>) or by
/// <see cref="FactRecord"/> instances (<see cref="Define"/>). Instances are immutable and thread-safe.
/// </summary>
public sealed class FactType
{
    private readonly Dictionary<string, FactField> _byName;

    private FactType(string name, Type clrType, Func<FactType, IReadOnlyList<FactField>> fields)
    {
        Name = name;
        ClrType = clrType;
        Fields = fields(this);
        _byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The name rules use for the type.</summary>
    public string Name { get; }

    /// <summary>The CLR type of the fact objects: the registered class, or <see cref="FactRecord"/>.</summary>
    public Type ClrType { get; }

    /// <summary>The fields, in declaration order.</summary>
    public IReadOnlyList<FactField> Fields { get; }

    /// <summary>Finds a field by its exact name.</summary>
    public bool TryGetField(string name, out FactField field) => _byName.TryGetValue(name, out field!);

    /// <summary>
    /// Registers the CLR class <typeparamref name="T"/> as a fact type; its public readable instance properties of
    /// supported types (booleans, integers, numbers, strings, enums, lists of strings or numbers) become fields.
    /// A property of a nullable value type such as <c>double?</c> becomes a nullable field, unknown when it is null.
    /// </summary>
    /// <param name="name">The type name rules use; defaults to the class name.</param>
    public static FactType FromClass<T>(string? name = null) where T : class =>
        new(name ?? typeof(T).Name, typeof(T), owner => ClassFields(typeof(T)));

    /// <summary>Declares a fact type whose instances are <see cref="FactRecord"/> values.</summary>
    /// <param name="name">The type name rules use.</param>
    /// <param name="fields">Field names and types, in order.</param>
    /// <param name="nullable">
    /// The names of the fields whose value may be unknown (<see cref="FactField.IsNullable"/>); none when null.
    /// </param>
    /// <exception cref="ArgumentException">A field name is empty or repeated, or a nullable name is not a field.</exception>
    public static FactType Define(string name, IEnumerable<KeyValuePair<string, FieldType>> fields, IEnumerable<string>? nullable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(fields);
        var list = fields.ToList();
        var duplicate = list.GroupBy(f => f.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Field '{duplicate.Key}' is declared twice in fact type '{name}'.", nameof(fields));
        if (list.Any(f => string.IsNullOrWhiteSpace(f.Key))) throw new ArgumentException($"Fact type '{name}' has a field with no name.", nameof(fields));
        var unknown = new HashSet<string>(nullable ?? [], StringComparer.Ordinal);
        if (unknown.FirstOrDefault(n => !list.Exists(f => f.Key == n)) is { } stray)
            throw new ArgumentException($"Fact type '{name}' has no field '{stray}' to make nullable.", nameof(nullable));
        return new FactType(name, typeof(FactRecord),
            _ => list.Select((f, i) => RecordField(f.Key, f.Value, i, unknown.Contains(f.Key))).ToArray());
    }

    /// <summary>
    /// Creates a fact of a type declared with <see cref="Define"/>. A nullable field given null or not given is
    /// unknown; any other field not given takes its empty value.
    /// </summary>
    /// <exception cref="InvalidOperationException">This type is backed by a CLR class.</exception>
    /// <exception cref="ArgumentException">A field is unknown, or a value does not fit its field's type.</exception>
    public FactRecord Create(IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (ClrType != typeof(FactRecord)) throw new InvalidOperationException($"Fact type '{Name}' is backed by {ClrType.Name}; create instances of that class instead.");
        var unknown = values.Keys.FirstOrDefault(k => !_byName.ContainsKey(k));
        if (unknown is not null) throw new ArgumentException($"Fact type '{Name}' has no field '{unknown}'.", nameof(values));
        var slots = new object?[Fields.Count];
        foreach (var field in Fields)
        {
            values.TryGetValue(field.Name, out var raw);
            slots[field.Index] = raw is null && field.IsNullable ? null
                : raw is null && field.Type is FieldType.Boolean or FieldType.Integer or FieldType.Number
                ? FieldTypes.EmptyValue(field.Type)
                : FieldTypes.TryNormalize(field.Type, raw, out var value) ? value
                : throw new ArgumentException($"Field '{Name}.{field.Name}' expects {field.Type} but was given {raw!.GetType().Name}.", nameof(values));
        }
        return new FactRecord(this, slots);
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static FactField RecordField(string name, FieldType type, int index, bool nullable)
    {
        var clr = FieldTypes.ClrTypeOf(type);
        var valuesProperty = typeof(FactRecord).GetProperty(nameof(FactRecord.Values), BindingFlags.Instance | BindingFlags.NonPublic)!;
        Expression Slot(Expression fact) => Expression.ArrayIndex(Expression.Property(fact, valuesProperty), Expression.Constant(index));
        if (!nullable) return new FactField(name, type, index, fact => Expression.Convert(Slot(fact), clr));
        var boxed = clr.IsValueType ? typeof(Nullable<>).MakeGenericType(clr) : clr;
        var empty = Expression.Constant(FieldTypes.EmptyValue(type), clr);
        return new FactField(name, type, index,
            fact => Expression.Coalesce(Expression.Convert(Slot(fact), boxed), empty),
            fact => Expression.NotEqual(Slot(fact), Expression.Constant(null)));
    }

    private static FactField[] ClassFields(Type type)
    {
        var fields = new List<FactField>();
        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            if (ClassAccess.NullableField(property, fields.Count) is { } nullable) fields.Add(nullable);
            else if (FieldTypes.FromClrType(property.PropertyType) is { } fieldType)
                fields.Add(new FactField(property.Name, fieldType, fields.Count, fact => ClassAccess.Read(fact, property, fieldType)));
        }
        return fields.ToArray();
    }
}
