namespace Priorities.Yaml;

/// <summary>
/// The bounds every YAML input of the library is held to before a tree is built of it, for readers of YAML in other
/// packages (such as the importers' area mapping files): at most <see cref="MaxDepth"/> levels of lists and mappings
/// and <see cref="MaxNodes"/> nodes, an alias counting as the whole node it repeats. Without them a deeply nested text
/// overflows the stack of YamlDotNet's recursive loader (which ends the process) and an alias bomb exhausts memory.
/// </summary>
/// <remarks>
/// Run <see cref="Check(TextReader)"/> over the text, and load it only when it returns null. The check is one streaming
/// pass over the parser's events, without recursion. It does not report syntax errors: the loader that runs next
/// reports them with their positions.
/// </remarks>
public static class YamlLimits
{
    /// <summary>The deepest nesting of lists and mappings allowed.</summary>
    public const int MaxDepth = YamlBounds.MaxDepth;

    /// <summary>The most nodes (scalars, lists, mappings; aliases counted as expanded) allowed in one text.</summary>
    public const long MaxNodes = YamlBounds.MaxNodes;

    /// <summary>Where a YAML text first breaks the bounds and how, or null when it keeps them.</summary>
    /// <param name="reader">The text; read up to the first breach (to its end when there is none).</param>
    /// <returns>The first breach, or null when the text keeps the bounds or is not valid YAML.</returns>
    public static YamlLimitBreach? Check(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return YamlBounds.Check(reader) is { } bound
            ? new YamlLimitBreach(bound.Start.Line, bound.Start.Column, bound.Problem)
            : null;
    }
}
