using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Priorities.Benchmarks.Verification;

/// <summary>The options of the <c>verify</c> command: <c>[--max-facts N] [--rulesengine]</c>.</summary>
public sealed record VerifyOptions(int MaxFacts, bool RulesEngineAtAllSizes)
{
    /// <summary>Without <c>--rulesengine</c>, Microsoft RulesEngine is verified only up to this many facts.</summary>
    public const int RulesEngineDefaultMaxFacts = 10_000;

    public const string Usage = "Usage: verify [--max-facts N] [--rulesengine]";

    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out VerifyOptions? options, out string error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = null;
        var maxFacts = int.MaxValue;
        var rulesEngine = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--rulesengine")
            {
                rulesEngine = true;
            }
            else if (args[i] != "--max-facts" || i + 1 == args.Count || !TryParseCount(args[++i], out maxFacts))
            {
                error = $"verify: invalid argument '{args[i]}'. {Usage}";
                return false;
            }
        }

        options = new VerifyOptions(maxFacts, rulesEngine);
        error = string.Empty;
        return true;
    }

    public bool RunsRulesEngine(int facts) => RulesEngineAtAllSizes || facts <= RulesEngineDefaultMaxFacts;

    private static bool TryParseCount(string text, out int count) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) && count >= 0;
}
