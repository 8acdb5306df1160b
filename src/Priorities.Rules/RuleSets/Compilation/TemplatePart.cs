namespace Priorities.RuleSets.Compilation;

/// <summary>A piece of a <c>because</c> template: literal text, or a placeholder expression and its offset in the template.</summary>
internal sealed record TemplatePart(string Text, bool IsExpression, int Offset);
