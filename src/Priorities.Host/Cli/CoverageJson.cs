using System.Text;
using System.Text.Json;
using Priorities.Engine.Diagnostics;
using Priorities.Testing;

namespace Priorities.Host.Cli;

/// <summary>
/// <c>priorities test --coverage --format json</c>: the tests' counts, per rule set each rule and condition with what
/// the tests saw, and the totals (schema: rules/schemas/coverage.schema.json). Same input, same bytes.
/// </summary>
internal static class CoverageJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    public static string Write(RuleSetTestReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("tests");
            json.WriteNumber("passed", report.PassedCount);
            json.WriteNumber("failed", report.FailedCount);
            json.WriteEndObject();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics) DiagnosticWriter.Write(json, diagnostic);
            json.WriteEndArray();
            json.WriteStartArray("ruleSets");
            foreach (var set in report.Coverage) RuleSet(json, set);
            json.WriteEndArray();
            var all = report.Coverage;
            Totals(json, all.Sum(c => c.RulesFired), all.Sum(c => c.Rules.Count),
                all.Sum(c => c.ConditionsCovered), all.Sum(c => c.ConditionCount));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void RuleSet(Utf8JsonWriter json, RuleSetCoverage set)
    {
        json.WriteStartObject();
        json.WriteString("id", set.Id);
        json.WriteString("version", set.Version);
        json.WriteString("file", set.File);
        Totals(json, set.RulesFired, set.Rules.Count, set.ConditionsCovered, set.ConditionCount);
        json.WriteStartArray("rules");
        foreach (var rule in set.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            Place(json, rule.Location);
            json.WriteNumber("firedIn", rule.FiredIn);
            json.WriteStartArray("conditions");
            foreach (var condition in rule.Conditions) Condition(json, condition);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Condition(Utf8JsonWriter json, ConditionCoverage condition)
    {
        json.WriteStartObject();
        json.WriteNumber("pattern", condition.Pattern);
        json.WriteString("condition", condition.Condition);
        Place(json, condition.Location);
        json.WriteBoolean("seenTrue", condition.SeenTrue);
        json.WriteBoolean("seenFalse", condition.SeenFalse);
        json.WriteString("status", condition.Status);
        json.WriteEndObject();
    }

    private static void Totals(Utf8JsonWriter json, int fired, int rules, int covered, int conditions)
    {
        json.WriteStartObject("totals");
        json.WriteNumber("rulesFired", fired);
        json.WriteNumber("rules", rules);
        json.WriteNumber("conditionsCovered", covered);
        json.WriteNumber("conditions", conditions);
        json.WriteEndObject();
    }

    private static void Place(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("file", location.File);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
    }
}
