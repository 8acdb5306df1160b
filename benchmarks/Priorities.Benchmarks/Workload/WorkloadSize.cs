namespace Priorities.Benchmarks.Workload;

/// <summary>One cell of the workload matrix: the total number of facts and the number of rules.</summary>
public readonly record struct WorkloadSize(int Facts, int Rules);
