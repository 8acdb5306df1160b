using System.Globalization;
using Priorities.Engine.Network;

namespace Priorities.Engine;

/// <summary>Builds the errors raised when chaining does not settle, naming the rules involved.</summary>
internal static class ChainLimits
{
    public static ChainLimitExceededException TooDeep(Firing firing, int limit)
    {
        var chain = Chain(firing);
        var message = string.Format(CultureInfo.InvariantCulture,
            "Chaining did not settle: rules kept deriving facts from derived facts beyond the limit of {0} steps. Rules in the chain: {1}.",
            limit, string.Join(" <- ", chain));
        return new ChainLimitExceededException(message, chain.Distinct(StringComparer.Ordinal).ToArray());
    }

    public static ChainLimitExceededException TooMany(IReadOnlyList<Firing> firings, int limit)
    {
        var busiest = firings.Where(f => f.Compiled.Inserts.Length > 0)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5).ToArray();
        var message = string.Format(CultureInfo.InvariantCulture,
            "Chaining did not settle: rules inserted more than {0} facts. Rules that inserted most: {1}.",
            limit, string.Join(", ", busiest.Select(g => $"{g.Key} ({g.Count()})")));
        return new ChainLimitExceededException(message, busiest.Select(g => g.Key).ToArray());
    }

    /// <summary>The rule ids from this firing back along its deepest derived fact, at most 12 of them.</summary>
    private static List<string> Chain(Firing firing)
    {
        var chain = new List<string>();
        for (Firing? current = firing; current is { } step && chain.Count < 12;)
        {
            chain.Add(step.RuleId);
            current = step.Tuple.Where(h => h is not null).MaxBy(h => h!.Depth)?.DerivedBy;
        }
        return chain;
    }
}
