using System.Globalization;
using Priorities.Engine.Diagnostics;
using Priorities.Engine.Expressions.Syntax;

namespace Priorities.Engine.Expressions.Semantics;

/// <summary>Converts numeric literals, reporting those out of range, and types list literals.</summary>
internal sealed class LiteralBinder(Binder binder, ExpressionErrors diagnostics)
{
    /// <summary>A numeric literal, negated when written after a unary minus (so that the smallest long is valid).</summary>
    public BoundLiteral? BindNumber(NumberSyntax number, bool negate, int offset, int length)
    {
        var text = (negate ? "-" : string.Empty) + number.Text;
        if (number.IsInteger)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return new BoundLiteral(offset, length, ExprType.Integer, integer);
            }
            var hint = text.Length <= 30 ? $"; write {text}.0 for a number" : string.Empty;
            Report($"the integer {Shorten(text)} is out of range: integers must lie between {long.MinValue} and {long.MaxValue}{hint}", offset);
            return null;
        }
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(value)) return new BoundLiteral(offset, length, ExprType.Number, value);
        Report($"the number {Shorten(text)} is out of range: numbers must lie between {double.MinValue.ToString(CultureInfo.InvariantCulture)} and {double.MaxValue.ToString(CultureInfo.InvariantCulture)}", offset);
        return null;
    }

    public BoundList? BindList(ListSyntax list)
    {
        var items = list.Items.Select(binder.Bind).ToArray();
        if (Array.Exists(items, i => i is null)) return null;
        if (items.Length == 0) return new BoundList(list.Offset, list.Length, ExprType.StringList, []);
        var element = items[0]!.Type;
        var valid = true;
        foreach (var item in items)
        {
            var common = TypeRules.Common(element, item!.Type);
            if (item.Type.Kind == ExprKind.List || common is null)
            {
                var message = item.Type.Kind == ExprKind.List
                    ? "a list cannot contain lists"
                    : $"the items of a list must have the same type, but this one is {item.Type} and an earlier one is {element}";
                diagnostics.Report(EngineCodes.TypeMismatch, message, item.Offset);
                valid = false;
                continue;
            }
            element = common;
        }
        if (!valid) return null;
        return new BoundList(list.Offset, list.Length, new ExprType(ExprKind.List, element), items.Select(i => TypeRules.Promote(i!, element)).ToArray());
    }

    private void Report(string message, int offset) => diagnostics.Report(EngineCodes.LiteralOutOfRange, message, offset);

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "...";
}
