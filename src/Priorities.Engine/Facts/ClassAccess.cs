using System.Linq.Expressions;
using System.Reflection;

namespace Priorities.Engine.Facts;

/// <summary>Builds expressions that read a CLR property as the canonical CLR type of its <see cref="FieldType"/>.</summary>
internal static class ClassAccess
{
    private static readonly MethodInfo EnumToString = typeof(object).GetMethod(nameof(ToString))!;

    public static Expression Read(Expression fact, PropertyInfo property, FieldType type)
    {
        Expression value = Expression.Property(fact, property);
        var target = FieldTypes.ClrTypeOf(type);
        if (property.PropertyType.IsEnum) return Expression.Call(Expression.Convert(value, typeof(object)), EnumToString);
        if (type == FieldType.String) return Expression.Coalesce(value, Expression.Constant(string.Empty));
        if (type is FieldType.StringList or FieldType.NumberList)
        {
            Expression asList = property.PropertyType.IsAssignableTo(target) ? Expression.Convert(value, target) : ToArray(value, target);
            return Expression.Coalesce(asList, Expression.Convert(Expression.Constant(Array.CreateInstance(target.GetGenericArguments()[0], 0)), target));
        }
        return value.Type == target ? value : Expression.Convert(value, target);
    }

    /// <summary>
    /// A nullable field for a property of a nullable value type (<c>double?</c>, <c>int?</c>, <c>bool?</c>), or null
    /// for any other property. It reads the value, or the type's empty value when the property is null.
    /// </summary>
    public static FactField? NullableField(PropertyInfo property, int index)
    {
        var underlying = Nullable.GetUnderlyingType(property.PropertyType);
        if (underlying is null || underlying.IsEnum || FieldTypes.FromClrType(underlying) is not { } type) return null;
        var target = FieldTypes.ClrTypeOf(type);
        var valueOrDefault = property.PropertyType.GetMethod("GetValueOrDefault", Type.EmptyTypes)!;
        return new FactField(property.Name, type, index,
            fact => Expression.Convert(Expression.Call(Expression.Property(fact, property), valueOrDefault), target),
            fact => Expression.Property(Expression.Property(fact, property), "HasValue"));
    }

    private static ConditionalExpression ToArray(Expression value, Type target)
    {
        var element = target.GetGenericArguments()[0];
        var toArray = typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!.MakeGenericMethod(element);
        var sequence = Expression.Convert(value, typeof(IEnumerable<>).MakeGenericType(element));
        return Expression.Condition(
            Expression.Equal(value, Expression.Constant(null, value.Type)),
            Expression.Constant(null, target),
            Expression.Convert(Expression.Call(toArray, sequence), target));
    }
}
