namespace Priorities.Results;

/// <summary>A selected priority with its score breakdown and the reasoning behind it.</summary>
public sealed record ProposedPriority
{
    /// <summary>The place in the plan, from 1.</summary>
    public required int Rank { get; init; }

    /// <summary>The catalogue id.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The theme it sits under.</summary>
    public required string Theme { get; init; }

    /// <summary>The id of the aim of the rule set's framework it serves (one of <see cref="PlanResult.Aims"/>); null when it names none.</summary>
    public string? Aim { get; init; }

    /// <summary>The total score (rounded to three decimal places); the breakdown's contributions add up to it.</summary>
    public required double Score { get; init; }

    /// <summary>
    /// The share of the total weight with evidence, 0–1 (rounded like scores): 1 when every dimension has evidence;
    /// below 1 the score is taken over the dimensions with evidence and rescaled to the full weight.
    /// </summary>
    public double Coverage { get; init; } = 1;

    /// <summary>Whether it is a statutory duty that must be in the plan whatever its score.</summary>
    public required bool Mandatory { get; init; }

    /// <summary>The Act and section, for statutory duties.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>
    /// <c>new</c>, <c>continuing</c> or <c>returning</c> against the plan history (see <see cref="PriorityStatus"/>).
    /// </summary>
    public required string Status { get; init; }

    /// <summary>
    /// For a continuing priority, the year of the earliest plan of the unbroken run of adopted plans that carry it;
    /// null otherwise.
    /// </summary>
    public int? Since { get; init; }

    /// <summary>
    /// What changed since last year for a continuing priority: one plain sentence per figure that can be compared
    /// (last year's value against this year's); empty when there is nothing to compare.
    /// </summary>
    public IReadOnlyList<string> SinceLastYear { get; init; } = [];

    /// <summary>Who leads it, from the rule set's catalogue (or the board's decision); null when not named.</summary>
    public PriorityLead? Lead { get; init; }

    /// <summary>The action plan that delivers it: a reference or a URL; null when not named.</summary>
    public string? ActionPlan { get; init; }

    /// <summary>The funding lines allocated to it, in catalogue order.</summary>
    public IReadOnlyList<FundingLine> Funding { get; init; } = [];

    /// <summary>Its measures with their targets and how the assessment's actuals stand against them.</summary>
    public IReadOnlyList<MeasureResult> Measures { get; init; } = [];

    /// <summary>The score per dimension, in the scoring model's order.</summary>
    public required IReadOnlyList<ScoreComponent> Breakdown { get; init; }

    /// <summary>The rationale a board reads: the fired rules' sentences, then caveats, then status and duty.</summary>
    public required IReadOnlyList<string> Rationale { get; init; }

    /// <summary>The rules that fired for it, in firing order.</summary>
    public required IReadOnlyList<FiredRule> Rules { get; init; }

    /// <summary>The facts those rules matched, each once.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>
    /// The lines of <see cref="Rationale"/> that quote evidence marked sensitive (a fired rule's sentence, a caveat or a
    /// why-not reason); a public report leaves them out. Empty in a public view.
    /// </summary>
    public IReadOnlyList<string> SensitiveLines { get; init; } = [];
}
