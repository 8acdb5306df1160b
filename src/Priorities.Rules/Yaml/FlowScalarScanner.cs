using System.Globalization;
using System.Text;

namespace Priorities.Yaml;

/// <summary>
/// Re-reads a plain, single-quoted or double-quoted scalar's source, producing each value character together with
/// the index of the source character that produced it (line folding, <c>''</c> and escapes included).
/// </summary>
internal sealed class FlowScalarScanner
{
    private readonly string _text;
    private readonly int _end;
    private readonly bool _double;
    private readonly bool _single;
    private readonly StringBuilder _value = new();
    private readonly List<int> _sources = [];
    private readonly List<int> _pending = [];
    private int _p;

    private FlowScalarScanner(string text, int start, int end, bool singleQuoted, bool doubleQuoted)
    {
        _text = text;
        _p = start;
        _end = end;
        _single = singleQuoted;
        _double = doubleQuoted;
    }

    /// <summary>Scans <c>[start, end)</c> (the content between any quotes); returns the value and each character's source index.</summary>
    public static (string Value, List<int> Sources) Scan(string text, int start, int end, bool singleQuoted, bool doubleQuoted)
    {
        var scanner = new FlowScalarScanner(text, start, Math.Min(end, text.Length), singleQuoted, doubleQuoted);
        scanner.Run();
        return (scanner._value.ToString(), scanner._sources);
    }

    private void Run()
    {
        while (_p < _end)
        {
            var c = _text[_p];
            if (c is ' ' or '\t') _pending.Add(_p++);
            else if (c is '\r' or '\n') Fold(escaped: false);
            else
            {
                Commit();
                Content(c);
            }
        }
        Commit();
    }

    private void Content(char c)
    {
        if (_double && c == '\\' && _p + 1 < _end)
        {
            if (_text[_p + 1] is '\r' or '\n')
            {
                _p++;
                Fold(escaped: true);
            }
            else Escape();
        }
        else if (_single && c == '\'' && _p + 1 < _end && _text[_p + 1] == '\'')
        {
            Emit('\'', _p);
            _p += 2;
        }
        else Emit(c, _p++);
    }

    private void Fold(bool escaped)
    {
        _pending.Clear();
        var breakAt = _p;
        SkipBreak();
        var empties = new List<int>();
        while (true)
        {
            while (_p < _end && _text[_p] is ' ' or '\t') _p++;
            if (_p >= _end || _text[_p] is not ('\r' or '\n')) break;
            empties.Add(_p);
            SkipBreak();
        }
        if (empties.Count == 0 && !escaped) Emit(' ', breakAt);
        foreach (var at in empties) Emit('\n', at);
    }

    private void SkipBreak()
    {
        if (_text[_p] == '\r' && _p + 1 < _end && _text[_p + 1] == '\n') _p++;
        _p++;
    }

    private void Escape()
    {
        var at = _p;
        var kind = _text[_p + 1];
        var digits = kind switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits > 0 && _p + 2 + digits <= _end
            && int.TryParse(_text.AsSpan(_p + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            && code is (>= 0 and < 0xD800) or (> 0xDFFF and <= 0x10FFFF))
        {
            foreach (var ch in char.ConvertFromUtf32(code)) Emit(ch, at);
            _p += 2 + digits;
            return;
        }
        Emit(Simple(kind), at);
        _p += 2;
    }

    private static char Simple(char kind) => kind switch
    {
        '0' => '\0', 'a' => '\a', 'b' => '\b', 't' or '\t' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f',
        'r' => '\r', 'e' => '\u001b', 'N' => '\u0085', '_' => '\u00a0', 'L' => '\u2028', 'P' => '\u2029',
        _ => kind,
    };

    private void Commit()
    {
        foreach (var at in _pending) Emit(_text[at], at);
        _pending.Clear();
    }

    private void Emit(char c, int at)
    {
        _value.Append(c);
        _sources.Add(at);
    }
}
