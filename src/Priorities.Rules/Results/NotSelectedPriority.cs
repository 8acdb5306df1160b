namespace Priorities.Results;

/// <summary>A candidate that did not make the plan: its score, how far it fell short and why.</summary>
public sealed record NotSelectedPriority
{
    /// <summary>The catalogue id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The theme.</summary>
    public required string Theme { get; init; }

    /// <summary>The id of the aim of the rule set's framework it serves; null when it names none.</summary>
    public string? Aim { get; init; }

    /// <summary>The total score.</summary>
    public required double Score { get; init; }

    /// <summary>
    /// The share of the total weight with evidence, 0–1 (rounded like scores): 1 when every dimension has evidence;
    /// below 1 the score is taken over the dimensions with evidence and rescaled to the full weight.
    /// </summary>
    public double Coverage { get; init; } = 1;

    /// <summary>How far below the minimum score or the last selected priority it fell (0 when it tied and lost on tie-break).</summary>
    public required double Shortfall { get; init; }

    /// <summary>The score per dimension.</summary>
    public required IReadOnlyList<ScoreComponent> Breakdown { get; init; }

    /// <summary>Why not, in plain English: the selection it missed, then the rules that did not fire and the conditions that failed by how much.</summary>
    public required IReadOnlyList<string> WhyNot { get; init; }

    /// <summary>The rules that did fire for it.</summary>
    public required IReadOnlyList<FiredRule> Rules { get; init; }

    /// <summary>
    /// The lines of <see cref="WhyNot"/> that quote evidence marked sensitive (a fired rule's sentence, a caveat or a
    /// why-not reason); a public report leaves them out. Empty in a public view.
    /// </summary>
    public IReadOnlyList<string> SensitiveLines { get; init; } = [];
}
