namespace Priorities.Evaluation;

/// <summary>A scoring method: how dimension scores make each dimension's contribution to the total.</summary>
internal interface IScoreCombiner
{
    /// <summary>The contributions, in the dimensions' order, each rounded to three decimal places.</summary>
    IReadOnlyList<double> Contributions(IReadOnlyList<DimensionScore> scores);
}
