namespace Priorities.Benchmarks.Workload;

/// <summary>
/// One generated rule: its template, the category it applies to and every drawn parameter
/// (each template uses only some of them; all are drawn so that the random sequence is fixed).
/// </summary>
public sealed record WorkloadRule(
    string Id,
    RuleTemplate Template,
    string Category,
    double DeltaThreshold,
    double HarmMin,
    int LevelMin,
    int CountMin,
    string Duty,
    int Weight,
    int Salience);
