namespace Priorities.Assessments.Reading;

/// <summary>What a value of the assessment model must be.</summary>
internal enum ShapeKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A 32-bit whole number.</summary>
    Int32,

    /// <summary>A 64-bit whole number.</summary>
    Int64,

    /// <summary>A finite number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A list of one shape.</summary>
    List,

    /// <summary>A mapping with known keys.</summary>
    Object,
}
