using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Priorities.Assessments.Reading;

/// <summary>
/// The shape of a model type as the serializer reads it (camelCase keys, <c>required</c> members, nullable
/// annotations), taken from the type itself so that the reader and the model cannot drift apart.
/// </summary>
internal sealed class Shape
{
    private static readonly NullabilityInfoContext Nullability = new();
    private IReadOnlyList<ShapeField> _fields = [];

    private Shape(ShapeKind kind, string name, Shape? item)
    {
        Kind = kind;
        Name = name;
        Item = item;
    }

    public static Shape Assessment { get; } = Of(typeof(Assessment), []);

    public ShapeKind Kind { get; }

    /// <summary>The model type's name, for objects.</summary>
    public string Name { get; }

    /// <summary>The shape of each item, for lists.</summary>
    public Shape? Item { get; }

    /// <summary>The keys, for objects.</summary>
    public IReadOnlyList<ShapeField> Fields => _fields;

    private static Shape Of(Type type, Dictionary<Type, Shape> seen)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return new Shape(ShapeKind.Text, "text", null);
        if (type == typeof(int)) return new Shape(ShapeKind.Int32, "whole number", null);
        if (type == typeof(long)) return new Shape(ShapeKind.Int64, "whole number", null);
        if (type == typeof(double)) return new Shape(ShapeKind.Number, "number", null);
        if (type == typeof(bool)) return new Shape(ShapeKind.Boolean, "true or false", null);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            return new Shape(ShapeKind.List, "list", Of(type.GetGenericArguments()[0], seen));
        if (seen.TryGetValue(type, out var known)) return known;
        var shape = new Shape(ShapeKind.Object, type.Name, null);
        seen.Add(type, shape);
        shape._fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is not null)
            .Select(p => new ShapeField(JsonNamingPolicy.CamelCase.ConvertName(p.Name), Of(p.PropertyType, seen),
                p.IsDefined(typeof(RequiredMemberAttribute)), IsNullable(p)))
            .ToArray();
        return shape;
    }

    private static bool IsNullable(PropertyInfo property) =>
        System.Nullable.GetUnderlyingType(property.PropertyType) is not null
        || Nullability.Create(property).WriteState == NullabilityState.Nullable;
}
