namespace Priorities.Engine.Expressions.Syntax;

/// <summary>
/// Measures how deeply an expression nests without parsing it, so that hostile input is rejected before the
/// recursive parser runs. Each open parenthesis or bracket, each pending prefix operator (<c>-</c>, <c>!</c>,
/// <c>not</c>) and each <c>?</c> of a conditional counts as one level until the construct it opens is closed.
/// The measure is conservative: it never under-counts the recursion of the parser.
/// </summary>
internal sealed class NestingScanner
{
    private readonly string _text;
    private readonly Stack<(int Prefixes, int Conditionals)> _levels = new();
    private (int Prefixes, int Conditionals) _current;
    private int _depth;
    private bool _afterOperand;

    private NestingScanner(string text) => _text = text;

    /// <summary>The offset at which the nesting first exceeds <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindExcess(string text, int maxDepth)
    {
        var scanner = new NestingScanner(text);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            i = scanner.Step(i);
            if (scanner._depth > maxDepth) return start;
        }
        return -1;
    }

    private int Step(int i)
    {
        var c = _text[i];
        if (char.IsWhiteSpace(c)) return i + 1;
        if (c is '\'' or '"') return Operand(SkipString(i));
        if (char.IsAsciiDigit(c)) return Operand(Skip(i, char.IsAsciiLetterOrDigit));
        if (char.IsAsciiLetter(c) || c == '_') return Word(i);
        switch (c)
        {
            case '(' or '[': Open(); break;
            case ')' or ']': Close(); break;
            case '?': Add(conditional: true); break;
            case '!' when i + 1 >= _text.Length || _text[i + 1] != '=': Add(conditional: false); break;
            case '-' when !_afterOperand: Add(conditional: false); break;
            default: _afterOperand = false; break;
        }
        return i + 1;
    }

    private int Word(int i)
    {
        var end = Skip(i, ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');
        switch (_text.AsSpan(i, end - i))
        {
            case "not": Add(conditional: false); return end;
            case "and" or "or" or "in": _afterOperand = false; return end;
            default: return Operand(end);
        }
    }

    private void Open()
    {
        _levels.Push(_current);
        _current = (0, 0);
        _depth++;
        _afterOperand = false;
    }

    private void Close()
    {
        if (_levels.Count == 0) return;
        _depth -= 1 + _current.Prefixes + _current.Conditionals;
        _current = _levels.Pop();
        Operand(0);
    }

    private void Add(bool conditional)
    {
        _current = conditional ? (_current.Prefixes, _current.Conditionals + 1) : (_current.Prefixes + 1, _current.Conditionals);
        _depth++;
        _afterOperand = false;
    }

    /// <summary>An operand completes the prefix operators pending before it.</summary>
    private int Operand(int next)
    {
        _depth -= _current.Prefixes;
        _current = (0, _current.Conditionals);
        _afterOperand = true;
        return next;
    }

    private int Skip(int i, Func<char, bool> predicate)
    {
        while (i < _text.Length && predicate(_text[i])) i++;
        return i;
    }

    private int SkipString(int i)
    {
        var quote = _text[i++];
        while (i < _text.Length && _text[i] != quote) i += _text[i] == '\\' ? 2 : 1;
        return Math.Min(i + 1, _text.Length);
    }
}
