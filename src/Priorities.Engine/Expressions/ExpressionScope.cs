namespace Priorities.Engine.Expressions;

/// <summary>The names an expression may refer to, in declaration order.</summary>
internal sealed class ExpressionScope
{
    private readonly Dictionary<string, ScopeBinding> _byName = new(StringComparer.Ordinal);
    private readonly List<ScopeBinding> _ordered = [];

    public ExpressionScope(IEnumerable<ScopeBinding> bindings)
    {
        foreach (var binding in bindings)
        {
            _byName[binding.Name] = binding;
            _ordered.Add(binding);
        }
    }

    public IReadOnlyList<ScopeBinding> Bindings => _ordered;

    public bool TryGet(string name, out ScopeBinding binding) => _byName.TryGetValue(name, out binding!);
}
