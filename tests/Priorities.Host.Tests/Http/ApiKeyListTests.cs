using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Host.Http;

namespace Priorities.Host.Tests.Http;

/// <summary>The API key list: 'ID ROLE SHA256-HEX' entries, never keys, every bad entry named at its place.</summary>
public sealed class ApiKeyListTests
{
    private static readonly string Hash = ApiKeyList.HashOf("k");

    [Fact]
    public void Parse_CommentsBlanksAndSemicolons_ReadsEveryEntry()
    {
        var text = $"# keys\n\nanalyst full {Hash}\r\npress public {Hash.ToUpperInvariant()}; bot public {Hash}\n";

        var (keys, diagnostics) = ApiKeyList.Parse("keys.txt", text);

        Assert.Empty(diagnostics);
        Assert.Equal(["analyst", "press", "bot"], keys.Select(k => k.Id));
        Assert.Equal([AccessRoles.Full, AccessRoles.Public, AccessRoles.Public], keys.Select(k => k.Role));
    }

    [Theory]
    [InlineData("analyst full", "keys.txt:1:1: error PR8107: Expected 'ID ROLE SHA256-HEX', found 2 field(s).")]
    [InlineData("analyst admin {0}", "keys.txt:1:1: error PR8107: Key 'analyst': role 'admin' is not full or public.")]
    [InlineData("analyst full my-secret-key", "keys.txt:1:1: error PR8107: Key 'analyst': the third field must be the key's SHA-256 as 64 hex digits (never the key itself).")]
    [InlineData("a full {0}\n  a public {0}", "keys.txt:2:3: error PR8107: Key id 'a' is listed twice.")]
    [InlineData("# nothing\n", "keys.txt:1:1: error PR8107: No API key entries.")]
    public void Parse_BadEntry_DiagnosticAtItsPlace(string template, string expected)
    {
        var (_, diagnostics) = ApiKeyList.Parse("keys.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Hash));

        Assert.Equal(expected, Assert.Single(diagnostics).ToString());
    }

    [Property]
    public Property HashOf_AnyKey_Meets_Specification(NonEmptyString key)
    {
        var entry = $"id full {ApiKeyList.HashOf(key.Get)}";
        var (keys, _) = ApiKeyList.Parse("keys.txt", entry);
        var stored = Convert.ToHexStringLower(keys.Single().Hash);
        return (stored == ApiKeyList.HashOf(key.Get) && !entry.Contains(key.Get, StringComparison.Ordinal) || key.Get.Length < 4)
            .Label(key.Get);
    }
}
