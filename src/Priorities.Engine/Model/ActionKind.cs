namespace Priorities.Engine.Model;

/// <summary>What an action does when its rule fires.</summary>
public enum ActionKind
{
    /// <summary>Inserts a derived fact into working memory, where other rules (and this one) can match it.</summary>
    Insert,

    /// <summary>Emits a result record with named values computed from the bindings.</summary>
    Emit,
}
