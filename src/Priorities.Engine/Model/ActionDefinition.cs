namespace Priorities.Engine.Model;

/// <summary>
/// One action of a rule: insert a derived fact or emit a result record. Each value is an expression over the
/// rule's bindings.
/// </summary>
public sealed class ActionDefinition
{
    private ActionDefinition(ActionKind kind, string target, IEnumerable<KeyValuePair<string, string>> values)
    {
        Kind = kind;
        Target = target;
        Values = values.ToArray();
    }

    /// <summary>Insert or emit.</summary>
    public ActionKind Kind { get; }

    /// <summary>The fact type inserted, or the name of the emitted record.</summary>
    public string Target { get; }

    /// <summary>Field (or value) names and the expressions that compute them, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; }

    /// <summary>An action that inserts a fact of <paramref name="factType"/> with the given field expressions.</summary>
    public static ActionDefinition Insert(string factType, IEnumerable<KeyValuePair<string, string>> fields) =>
        new(ActionKind.Insert, factType, fields);

    /// <summary>An action that emits a record named <paramref name="name"/> with the given value expressions.</summary>
    public static ActionDefinition Emit(string name, IEnumerable<KeyValuePair<string, string>> values) =>
        new(ActionKind.Emit, name, values);
}
