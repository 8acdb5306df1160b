using System.Globalization;
using System.Text;

namespace Priorities.Rules.Tests.Yaml;

/// <summary>YAML texts built to exhaust a reader: deep nesting, alias bombs and wide documents.</summary>
internal static class HostileYaml
{
    /// <summary><paramref name="depth"/> nested flow lists: <c>[[[…</c>, unclosed as an attacker would send it.</summary>
    public static string Brackets(int depth) => new('[', depth);

    /// <summary><paramref name="depth"/> nested block mappings, each key one space further in.</summary>
    public static string BlockMappings(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(' ', i).Append("k:\n");
        return text.Append(' ', depth).Append("v\n").ToString();
    }

    /// <summary>
    /// The classic billion laughs: <paramref name="levels"/> anchored lists, each repeating the one before
    /// <paramref name="width"/> times, under a <c>key</c> so that it can sit in any mapping.
    /// </summary>
    public static string AliasBomb(int levels, int width, string key = "bomb")
    {
        var text = new StringBuilder(key).Append(":\n  - &a0 [lol]\n");
        for (var level = 1; level <= levels; level++)
            text.Append("  - &a").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat("*a" + (level - 1), width)).Append("]\n");
        return text.ToString();
    }

    /// <summary>One flat list of <paramref name="width"/> short items.</summary>
    public static string Wide(int width) => "[" + string.Join(",", Enumerable.Repeat("1", width)) + "]";
}
