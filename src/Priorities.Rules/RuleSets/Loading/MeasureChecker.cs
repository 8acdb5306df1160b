using Priorities.Diagnostics;
using Priorities.Engine.Facts;
using Priorities.RuleSets.Model;

namespace Priorities.RuleSets.Loading;

/// <summary>
/// Checks the measures across a rule set and its includes: ids unique, and the fact type the plan reads their
/// status from (<c>measureStatus</c>, declared by <c>rules/targets.yaml</c> or a pack's own include).
/// </summary>
internal static class MeasureChecker
{
    /// <summary>The declared fact type whose derived facts give each measure its status and RAG.</summary>
    public const string StatusType = "measureStatus";

    /// <summary>The fields the plan reads of a <c>measureStatus</c> fact, all text.</summary>
    public static readonly string[] StatusFields = ["measure", "status", "rag"];

    public static void Check(IReadOnlyList<PriorityDefinition> priorities, IReadOnlyList<FactTypeDefinition> factTypes, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, MeasureDefinition>(StringComparer.Ordinal);
        MeasureDefinition? first = null;
        foreach (var measure in priorities.SelectMany(p => p.Fields.Measures))
        {
            first ??= measure;
            if (seen.TryGetValue(measure.Id, out var earlier))
                bag.Error(RulesCodes.DuplicateMeasure, measure.IdLocation,
                    $"Duplicate measure id '{measure.Id}': it is also a measure of '{earlier.Priority}' at {earlier.IdLocation}; "
                    + "actuals name measures by id, so each id is used once in the rule set.");
            else seen.Add(measure.Id, measure);
        }
        var status = factTypes.FirstOrDefault(t => string.Equals(t.Name, StatusType, StringComparison.Ordinal));
        if (status is not null) CheckStatusType(status, bag);
        else if (first is not null)
            bag.Warning(RulesCodes.MeasureStatusType, first.Location,
                $"The catalogue has measures but the rule set declares no fact type '{StatusType}' for their status, so every "
                + "measure will be reported as no-data: include targets.yaml, or write rules of your own that derive it.");
    }

    private static void CheckStatusType(FactTypeDefinition type, DiagnosticBag bag)
    {
        foreach (var name in StatusFields)
        {
            var field = type.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
            if (field is { Type: FieldType.String, Nullable: false }) continue;
            bag.Error(RulesCodes.MeasureStatusType, field?.Location ?? type.Location,
                $"The fact type '{StatusType}' is read by the plan for each measure's status: it needs the text field "
                + $"'{name}' (declared 'string'), as rules/targets.yaml declares it.");
        }
    }
}
