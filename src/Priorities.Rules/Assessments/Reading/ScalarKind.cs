namespace Priorities.Assessments.Reading;

/// <summary>What kind of token a scalar was written as.</summary>
internal enum ScalarKind
{
    /// <summary>A quoted string (JSON string, YAML quoted or block scalar).</summary>
    Text,

    /// <summary>A YAML plain scalar: text, a number, a boolean or null, as the schema needs.</summary>
    Plain,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON <c>null</c>.</summary>
    Null,
}
