using System.Security.Cryptography;
using System.Text;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Host.Http;

/// <summary>What an endpoint tells the decision log about a request: the assessment's hash and the rule set used.</summary>
internal sealed class Decision
{
    private static readonly object Key = new();

    /// <summary>The first <see cref="DecisionLog.AssessmentHashDigits"/> hex digits of the SHA-256 of the assessment's canonical JSON.</summary>
    public string? AssessmentHash { get; private set; }

    /// <summary>The rule set that decided.</summary>
    public RuleSetInfo? RuleSet { get; set; }

    /// <summary>The request's decision record, made on first use.</summary>
    public static Decision Of(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var found) && found is Decision decision) return decision;
        var made = new Decision();
        context.Items[Key] = made;
        return made;
    }

    /// <summary>Notes the assessment by the hash of its canonical JSON (the same for JSON and YAML bodies).</summary>
    public void Note(Assessment assessment)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(AssessmentSerializer.ToJson(assessment)));
        AssessmentHash = Convert.ToHexStringLower(hash)[..DecisionLog.AssessmentHashDigits];
    }
}
