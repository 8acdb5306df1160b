using Priorities.Engine.Network;

namespace Priorities.Engine.Runtime;

/// <summary>A partial tuple in the "why not" search, with how many conditions it failed and passed.</summary>
internal sealed record CandidateScore(FactHandle?[] Tuple, int Failed, int Passed);
