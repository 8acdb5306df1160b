using System.Security.Cryptography;
using Priorities.Assessments;

namespace Priorities.Evaluation;

/// <summary>The SHA-256 of an assessment a plan quotes: of its JSON, written from the canonical assessment.</summary>
internal static class AssessmentHash
{
    private static readonly byte[] LineBreak = "\n"u8.ToArray();

    /// <summary>
    /// Lowercase hex SHA-256 of <see cref="AssessmentSerializer.ToJson"/> of the (canonical) assessment, hashed from
    /// its UTF-8 bytes as they are written.
    /// </summary>
    public static string Of(Assessment canonical)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(AssessmentSerializer.ToUtf8Json(canonical));
        hash.AppendData(LineBreak);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
