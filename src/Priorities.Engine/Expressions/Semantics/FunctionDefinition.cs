namespace Priorities.Engine.Expressions.Semantics;

/// <summary>An allowed function: its name, arity, usage text and the binder that types and emits its calls.</summary>
internal sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, string Usage, Func<FunctionCall, BoundExpression?> Bind)
{
    /// <summary>The arity for messages, e.g. <c>2 arguments</c> or <c>at least 2 arguments</c>.</summary>
    public string Arity => MaxArguments == int.MaxValue ? $"at least {MinArguments} arguments"
        : MinArguments == MaxArguments ? (MinArguments == 1 ? "1 argument" : $"{MinArguments} arguments")
        : $"{MinArguments} to {MaxArguments} arguments";
}
