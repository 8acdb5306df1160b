using Priorities.Engine.Diagnostics;

namespace Priorities.Adoption;

/// <summary>The outcome of <see cref="BoardAdoption.Adopt"/>: the decision record and its bytes, or every refusal.</summary>
public sealed class AdoptionResult
{
    internal AdoptionResult(DecisionRecord? record, byte[]? canonicalJson, IReadOnlyList<Diagnostic> diagnostics)
    {
        Record = record;
        CanonicalJson = canonicalJson;
        Diagnostics = diagnostics;
    }

    /// <summary>The decision record; null when anything was refused.</summary>
    public DecisionRecord? Record { get; }

    /// <summary>The record as canonical JSON (<see cref="DecisionRecordSerializer.ToCanonicalJson"/>); null when refused.</summary>
    public byte[]? CanonicalJson { get; }

    /// <summary>Every refusal, <c>file:line:col: error PR70xx: message</c>, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the board's decisions applied and the record was made.</summary>
    public bool Succeeded => Record is not null;
}
