namespace Priorities.Benchmarks.Workload;

/// <summary>The facts and rules generated for one <see cref="WorkloadSize"/>.</summary>
public sealed class GeneratedWorkload
{
    public GeneratedWorkload(WorkloadSize size, WorkloadFacts facts, IReadOnlyList<WorkloadRule> rules)
    {
        Size = size;
        Facts = facts;
        Rules = rules;
    }

    public WorkloadSize Size { get; }

    public WorkloadFacts Facts { get; }

    public IReadOnlyList<WorkloadRule> Rules { get; }
}
