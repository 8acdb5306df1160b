using System.Security.Cryptography;
using System.Text;
using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>The SHA-256 of an assessment a plan quotes: of its JSON, written from the canonical assessment.</summary>
internal static class AssessmentHash
{
    /// <summary>Lowercase hex SHA-256 of <see cref="AssessmentSerializer.ToJson"/> of the (canonical) assessment.</summary>
    public static string Of(Assessment canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AssessmentSerializer.ToJson(canonical))));
}
