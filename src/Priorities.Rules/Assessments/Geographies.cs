namespace Priorities.Assessments;

/// <summary>
/// The geographies a trend, volume or concern fact can describe: the partnership's own area, its police force area
/// or the whole country. A figure that is not local is quoted in a plan with a caveat that says so.
/// </summary>
public static class Geographies
{
    /// <summary>The partnership's area (or one of its areas): the default when a fact names none.</summary>
    public const string Local = "local";

    /// <summary>The police force area the partnership lies in.</summary>
    public const string Force = "force";

    /// <summary>England and Wales (or England), such as the Crime Survey for England and Wales.</summary>
    public const string National = "national";

    /// <summary>Every geography, narrowest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Local, Force, National];
}
