namespace Priorities.Yaml;

/// <summary>The place where a YAML text first breaks the bounds of <see cref="YamlLimits"/>, and how.</summary>
public sealed class YamlLimitBreach
{
    internal YamlLimitBreach(long line, long column, string problem)
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The 1-based line of the node or alias that breaks the bound.</summary>
    public long Line { get; }

    /// <summary>The 1-based column of that node or alias.</summary>
    public long Column { get; }

    /// <summary>What is wrong, as a sentence, such as "The document is nested more than 64 levels deep."</summary>
    public string Problem { get; }

    /// <summary>The breach as <c>line:column: problem</c>.</summary>
    /// <returns>The place and the problem.</returns>
    public override string ToString() => $"{Line}:{Column}: {Problem}";
}
