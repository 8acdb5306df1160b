using Priorities.Engine.Facts;
using Priorities.Results;

namespace Priorities.Evaluation;

/// <summary>A fact made from the assessment or the catalogue, with the evidence it stands for (null for catalogue facts).</summary>
internal sealed record SourcedFact(FactRecord Record, Evidence? Evidence);
