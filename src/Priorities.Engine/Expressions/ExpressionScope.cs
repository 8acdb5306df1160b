namespace Priorities.Engine.Expressions;

/// <summary>
/// The names an expression may refer to, in declaration order, and the nullable fields (<c>binding.field</c>) already
/// proven known where the expression is evaluated (by <c>has</c> in an earlier pattern of the rule).
/// </summary>
internal sealed class ExpressionScope
{
    private readonly Dictionary<string, ScopeBinding> _byName = new(StringComparer.Ordinal);
    private readonly List<ScopeBinding> _ordered = [];

    public ExpressionScope(IEnumerable<ScopeBinding> bindings, IEnumerable<string>? proven = null)
    {
        foreach (var binding in bindings)
        {
            _byName[binding.Name] = binding;
            _ordered.Add(binding);
        }
        Proven = new HashSet<string>(proven ?? [], StringComparer.Ordinal);
    }

    public IReadOnlyList<ScopeBinding> Bindings => _ordered;

    /// <summary>The nullable fields known to be present, as <c>binding.field</c>.</summary>
    public IReadOnlySet<string> Proven { get; }

    public bool TryGet(string name, out ScopeBinding binding) => _byName.TryGetValue(name, out binding!);
}
