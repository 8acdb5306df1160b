namespace Priorities.Engine.Tests.Properties;

/// <summary>A firing as the reference evaluator sees it: the rule and its facts' insertion sequences.</summary>
internal sealed record ReferenceFiring(string RuleId, string Facts)
{
    public override string ToString() => $"{RuleId}({Facts})";
}
