using System.Text.Json.Serialization;

namespace Priorities.Assessments;

/// <summary>A statutory duty in force for the partnership (see <see cref="StatutoryDuties"/> for the ids).</summary>
public sealed record DutyFact
{
    /// <summary>The duty's id, such as <c>prevent</c> or <c>serious-violence</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The areas the duty applies to; absent when it applies to the whole partnership.</summary>
    public IReadOnlyList<string>? AppliesTo { get; init; }

    /// <summary>The legal basis, such as <c>s.26 Counter-Terrorism and Security Act 2015</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Whether the fact is sensitive and must stay out of public reports.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Sensitive { get; init; }
}
