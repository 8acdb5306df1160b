using Priorities.Import;

namespace Priorities.Import.PoliceUk;

/// <summary>Reads the area from an LSOA name such as <c>Newcastle upon Tyne 012B</c>.</summary>
internal static class LsoaNames
{
    /// <summary>
    /// The LSOA name without its trailing code (three digits and a capital letter, such as <c> 012B</c>), which
    /// leaves the local authority district; a name without such a code is returned whole (trimmed).
    /// </summary>
    public static string AreaOf(string lsoaName)
    {
        var name = lsoaName.AsSpan().Trim();
        var space = name.LastIndexOf(' ');
        if (space > 0 && IsCode(name[(space + 1)..])) name = name[..space].TrimEnd();
        return name.Length == lsoaName.Length ? lsoaName : name.ToString();
    }

    private static bool IsCode(ReadOnlySpan<char> token) =>
        token.Length == 4 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[1]) && char.IsAsciiDigit(token[2])
        && char.IsAsciiLetterUpper(token[3]);
}
