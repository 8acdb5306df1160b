using Priorities.Assessments;
using Priorities.RuleSets;

namespace Priorities.Rules.Tests.Linting;

/// <summary>The fixture pack with one planted problem of each lint kind (Fixtures/planted.yaml) and its sample.</summary>
internal static class PlantedPack
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "Priorities.Rules.Tests", "Linting", "Fixtures");

    public static string RuleFile => Path.Combine(Folder, "planted.yaml");

    public static string TestFile => Path.Combine(Folder, "tests", "planted.yaml");

    public static PlanRuleSet RuleSet => RuleSetLoader.Load(RuleFile).RuleSet!;

    public static Assessment Sample => AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Folder, "planted-sample.yaml")));
}
