namespace Priorities.Results;

/// <summary>Writes and reads <see cref="PlanResult"/> as JSON (camelCase, indented, deterministic).</summary>
public static class PlanResultSerializer
{
    /// <summary>The result as indented camelCase JSON ending with a line break; the same result always gives the same bytes.</summary>
    public static string ToJson(PlanResult result) =>
        throw new NotImplementedException("PlanResultSerializer: being written.");

    /// <summary>Reads a result written by <see cref="ToJson"/>.</summary>
    /// <exception cref="System.Text.Json.JsonException">The text is not a plan result.</exception>
    public static PlanResult FromJson(string json) =>
        throw new NotImplementedException("PlanResultSerializer: being written.");
}
