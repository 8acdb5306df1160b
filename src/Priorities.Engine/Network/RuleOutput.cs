namespace Priorities.Engine.Network;

/// <summary>A record emitted by a rule's emit action: a name and named values computed from the firing's bindings.</summary>
public readonly struct RuleOutput : IEquatable<RuleOutput>
{
    internal RuleOutput(Firing firing, int action)
    {
        Firing = firing;
        Action = action;
    }

    /// <summary>The firing that emitted the record.</summary>
    public Firing Firing { get; }

    private int Action { get; }

    private Network.OutputSpec Spec => Firing.Compiled.Outputs[Action];

    /// <summary>The record's name, as given in the emit action.</summary>
    public string Name => Spec.Name;

    /// <summary>The value names, in order.</summary>
    public IReadOnlyList<string> Names => Spec.Names;

    /// <summary>Every value, in <see cref="Names"/> order.</summary>
    public IReadOnlyList<object?> Values
    {
        get
        {
            var tuple = Firing.ReadTuple();
            return Spec.Boxed.Select(b => b(tuple)).ToArray();
        }
    }

    /// <summary>The named value (long, double, string, bool or a list).</summary>
    /// <exception cref="KeyNotFoundException">No value has that name.</exception>
    public object? Get(string name) => Spec.Boxed[IndexOf(name)](Firing.ReadTuple());

    /// <summary>The named numeric value as a double, without boxing.</summary>
    /// <exception cref="KeyNotFoundException">No numeric value has that name.</exception>
    public double GetNumber(string name) =>
        Spec.Numbers[IndexOf(name)] is { } read ? read(Firing.ReadTuple()) : throw new KeyNotFoundException($"Value '{name}' of '{Name}' is not a number.");

    /// <inheritdoc />
    public bool Equals(RuleOutput other) => Firing.Equals(other.Firing) && Action == other.Action;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RuleOutput other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Firing, Action);

    /// <summary>True when both refer to the same record of the same firing.</summary>
    public static bool operator ==(RuleOutput left, RuleOutput right) => left.Equals(right);

    /// <summary>True when the two refer to different records.</summary>
    public static bool operator !=(RuleOutput left, RuleOutput right) => !left.Equals(right);

    private int IndexOf(string name) =>
        Spec.IndexOf(name) is var i and >= 0 ? i : throw new KeyNotFoundException($"Record '{Name}' has no value '{name}'.");
}
