using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;
using Priorities.Engine.Facts;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>
/// Checks field reads (<c>fact.field</c>) and <c>has(fact.field)</c>, and rejects method calls (<c>x.Method()</c>).
/// A read of a nullable field is an error (EXP010) unless <c>has</c> proves it known there.
/// </summary>
internal sealed class MemberBinder(Binder binder, ExpressionScope scope, ExpressionErrors diagnostics)
{
    /// <param name="member">The read.</param>
    /// <param name="mayBeUnknown">Whether an unproven nullable field may be read (as the argument of <c>has</c>).</param>
    public BoundField? BindMember(MemberSyntax member, bool mayBeUnknown = false)
    {
        var field = member.Name;
        if (member.Target is not NameSyntax target)
        {
            if (binder.Bind(member.Target) is { } value)
            {
                Report(EngineCodes.UnknownField, $"a value of type {value.Type} has no field '{field.Text}'; only facts have fields", field);
            }
            return null;
        }
        if (FactOf(target, field) is not { } type) return null;
        if (!type.TryGetField(field.Text, out var fact))
        {
            Report(EngineCodes.UnknownField, UnknownField(target.Name.Text, type, field.Text), field);
            return null;
        }
        var path = PresenceProofs.Path(target.Name.Text, fact.Name);
        var unknown = fact.IsNullable && !binder.IsProven(path);
        if (!unknown || mayBeUnknown) return new BoundField(member.Offset, member.Length, target.Name.Text, type, fact, unknown);
        diagnostics.Report(EngineCodes.MaybeUnknown, MaybeUnknown(path, ExprType.Of(fact.Type)), member.Offset);
        return null;
    }

    /// <summary><c>has(binding.field)</c>: true when the field's value is known (always, for a field that is not nullable).</summary>
    public BoundExpression? BindHas(CallSyntax call)
    {
        var arguments = call.Arguments.Items;
        if (arguments.Count != 1)
        {
            var message = $"function 'has' takes 1 argument but was given {arguments.Count}; "
                + "use has(fact.field), e.g. has(t.changePct)";
            diagnostics.Report(EngineCodes.ArgumentCount, message, call.Offset);
            return null;
        }
        if (arguments[0] is not MemberSyntax { Target: NameSyntax } member)
        {
            var message = "has(...) tests a field of a fact, written binding.field, e.g. has(t.changePct); "
                + $"'{diagnostics.Text.Substring(arguments[0].Offset, arguments[0].Length).Trim()}' is not one";
            diagnostics.Report(EngineCodes.BadHas, message, arguments[0].Offset);
            return null;
        }
        return BindMember(member, mayBeUnknown: true) is { } field ? new BoundHas(call.Offset, call.Length, field) : null;
    }

    public BoundExpression? BindMethodCall(MethodCallSyntax call)
    {
        var message = $"method calls are not allowed: '{call.Name.Text}(...)' cannot be called; use a function instead, one of: "
            + string.Join(", ", FunctionCatalog.Names);
        diagnostics.Report(EngineCodes.NotAllowed, message, call.Name.Offset);
        CheckRoot(call.Target);
        foreach (var argument in call.Arguments.Items) binder.Bind(argument);
        return null;
    }

    /// <summary>The fact type bound to <paramref name="target"/>, or null after reporting why there is none.</summary>
    private FactType? FactOf(NameSyntax target, Token field)
    {
        var name = target.Name.Text;
        if (!scope.TryGet(name, out var binding))
        {
            binder.ReportUnknownName(target.Name);
            return null;
        }
        if (binding.FactType is { } type) return type;
        var article = binding.ValueType?.ToString() is ['a' or 'e' or 'i' or 'o' or 'u', ..] ? "an" : "a";
        Report(EngineCodes.UnknownField, $"'{name}' is {article} {binding.ValueType} value, not a fact, so it has no field '{field.Text}'", field);
        return null;
    }

    private static string MaybeUnknown(string path, ExprType type)
    {
        var (use, empty) = type.Kind switch
        {
            ExprKind.Integer or ExprKind.Number => ($"{path} > 10", "0"),
            ExprKind.String => ($"{path} == 'text'", "''"),
            ExprKind.Boolean => (path, "false"),
            _ => ($"len({path}) > 0", "[]"),
        };
        return $"{path} may be unknown; guard it with has({path}), e.g. `has({path}) and {use}`, "
            + $"or give a default: `has({path}) ? {path} : {empty}`";
    }

    private static string UnknownField(string binding, FactType type, string field)
    {
        var names = type.Fields.Select(f => f.Name).ToList();
        var valid = names.Count == 0 ? "it has no fields" : "its fields are: " + string.Join(", ", names);
        return $"'{binding}' (a {type.Name} fact) has no field '{field}'{NameSuggester.DidYouMean(field, names)}; {valid}";
    }

    /// <summary>Reports the unknown name at the root of a chain such as <c>System.IO.File</c>.</summary>
    private void CheckRoot(SyntaxNode target)
    {
        while (target is MemberSyntax or MethodCallSyntax)
        {
            target = target is MemberSyntax member ? member.Target : ((MethodCallSyntax)target).Target;
        }
        if (target is NameSyntax name)
        {
            if (!scope.TryGet(name.Name.Text, out _)) binder.ReportUnknownName(name.Name);
        }
        else
        {
            binder.Bind(target);
        }
    }

    private void Report(string code, string message, Token at) => diagnostics.Report(code, message, at.Offset);
}
