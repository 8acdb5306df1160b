namespace Priorities.Engine.Facts;

/// <summary>The type of a field of a registered fact type, as seen by the expression language.</summary>
public enum FieldType
{
    /// <summary>A boolean: <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A 64-bit signed integer (CLR <see cref="int"/> or <see cref="long"/>).</summary>
    Integer,

    /// <summary>A double-precision number (CLR <see cref="double"/>, <see cref="float"/> or <see cref="decimal"/>).</summary>
    Number,

    /// <summary>A string; a missing value reads as the empty string.</summary>
    String,

    /// <summary>A list of strings.</summary>
    StringList,

    /// <summary>A list of numbers.</summary>
    NumberList,
}
