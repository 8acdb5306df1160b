using Priorities.Assessments;
using Priorities.Results;
using Priorities.RuleSets.Model;

namespace Priorities.Evaluation;

/// <summary>Writes the entries of a plan: selected priorities with their rationale, and candidates left out with why not.</summary>
internal sealed class PlanEntryWriter(RuleSetDocument document, Assessment assessment, IReadOnlyList<DataQualityNote> notes)
{
    private readonly HitOrder _hits = new(document);
    private readonly CaveatFinder _caveats = new(assessment, notes);
    private readonly LikeWithLike _like = new(document, assessment);
    private readonly SelectionPolicy _policy = document.Scoring.Selection;

    public HitOrder Hits => _hits;

    public TieBreakOrder Order { get; } = new(document.Scoring.TieBreak);

    /// <summary>Writes the measures of selected priorities; null writes none.</summary>
    public MeasureResultWriter? Measures { get; init; }

    /// <summary>The data-quality notes about unlike figures (seasonal comparisons, scaled counts, wider areas, old evidence).</summary>
    public IReadOnlyList<DataQualityNote> LikeWithLikeNotes() => Evaluation.LikeWithLikeNotes.Build(assessment, _like);

    public ProposedPriority Proposed(Candidate candidate, int rank, ChangeTracker changes)
    {
        var evidence = EvidenceCollector.Evidence(candidate);
        var caveats = _caveats.Find(candidate, evidence);
        return new ProposedPriority
        {
            Rank = rank,
            Id = candidate.Id,
            Title = candidate.Title,
            Theme = candidate.Definition.Theme,
            Aim = candidate.Definition.Aim,
            Score = candidate.Total,
            Coverage = candidate.Coverage,
            Mandatory = candidate.Mandatory,
            LegalBasis = candidate.Mandatory ? candidate.Definition.LegalBasis : null,
            Status = changes.Status(candidate.Id),
            Lead = candidate.Definition.Fields.Lead,
            ActionPlan = candidate.Definition.Fields.ActionPlan,
            Funding = candidate.Definition.Fields.Funding,
            Measures = Measures?.Write(candidate.Definition) ?? [],
            Since = changes.Since(candidate.Id),
            SinceLastYear = ChangeSentences.Write(candidate, rank, changes, assessment),
            Breakdown = candidate.Breakdown,
            Rationale = RationaleWriter.Write(candidate, caveats, changes.StatusLine(candidate.Id), _like.Line),
            Rules = EvidenceCollector.Rules(candidate, _hits),
            Evidence = evidence,
            SensitiveLines = SensitiveSentences(candidate, _like.Line).Concat(_caveats.Sensitive(evidence)).Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    public NotSelectedPriority NotSelected(Rejection rejection) => new()
    {
        Id = rejection.Candidate.Id,
        Title = rejection.Candidate.Title,
        Theme = rejection.Candidate.Definition.Theme,
        Aim = rejection.Candidate.Definition.Aim,
        Score = rejection.Candidate.Total,
        Coverage = rejection.Candidate.Coverage,
        Shortfall = rejection.Shortfall,
        Breakdown = rejection.Candidate.Breakdown,
        WhyNot = WhyNotWriter.Write(rejection, _policy.Top, _policy.MinScore, Order),
        Rules = EvidenceCollector.Rules(rejection.Candidate, _hits),
        SensitiveLines = SensitiveSentences(rejection.Candidate, h => PlanText.Sentence(h.Because)).Concat(WhyNotWriter.SensitiveLines(rejection.Candidate)).Distinct(StringComparer.Ordinal).ToArray(),
    };

    /// <summary>The rationale sentences of hits that matched evidence marked sensitive.</summary>
    private static IEnumerable<string> SensitiveSentences(Candidate candidate, Func<RuleHit, string> line) =>
        candidate.Hits.Where(h => h.Evidence.Any(e => e.Sensitive) && !string.IsNullOrWhiteSpace(h.Because)).Select(line);

    public string SelectionReason(Rejection rejection) =>
        WhyNotWriter.SelectionReason(rejection, _policy.Top, _policy.MinScore, Order);
}
