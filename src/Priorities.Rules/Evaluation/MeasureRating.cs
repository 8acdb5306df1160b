namespace Priorities.Evaluation;

/// <summary>A measure's status and RAG as a <c>measureStatus</c> fact derived by the rules gave them.</summary>
/// <param name="Measure">The measure's id.</param>
/// <param name="Status">The status, one of the five of <see cref="Results.MeasureStatus"/>.</param>
/// <param name="Rag">The RAG rating, one of the four of <see cref="Results.MeasureStatus"/>.</param>
internal sealed record MeasureRating(string Measure, string Status, string Rag);
