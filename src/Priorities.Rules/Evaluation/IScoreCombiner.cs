namespace Priorities.Evaluation;

/// <summary>A scoring method: how dimension scores make each dimension's contribution to the total.</summary>
internal interface IScoreCombiner
{
    /// <summary>
    /// The contributions, in the dimensions' order, each rounded to three decimal places; dimensions without evidence
    /// contribute 0, and the others are put on the full weight (see rules/README.md, Scoring).
    /// </summary>
    IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores, EvidenceCoverage coverage);
}
