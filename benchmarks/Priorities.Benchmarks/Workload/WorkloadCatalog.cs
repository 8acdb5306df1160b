namespace Priorities.Benchmarks.Workload;

/// <summary>The fixed vocabularies of the workload, in the order WORKLOAD.md gives them.</summary>
public static class WorkloadCatalog
{
    public static IReadOnlyList<string> Categories { get; } =
    [
        "Burglary", "Robbery", "VehicleCrime", "Shoplifting", "CriminalDamage",
        "Arson", "ViolenceWithInjury", "ViolenceWithoutInjury", "DomesticAbuse", "SexualOffences",
        "KnifeCrime", "DrugsSupply", "DrugsPossession", "AntiSocialBehaviour", "HateCrime",
        "Fraud", "Stalking", "PublicOrder", "Exploitation", "ModernSlavery",
    ];

    public static IReadOnlyList<string> Duties { get; } =
        ["Prevent", "DomesticHomicideReview", "SeriousViolenceDuty"];

    public static IReadOnlyList<RuleTemplate> Templates { get; } =
        [RuleTemplate.RisingTrend, RuleTemplate.HighHarm, RuleTemplate.CommunityConcern, RuleTemplate.StatutoryDuty];
}
