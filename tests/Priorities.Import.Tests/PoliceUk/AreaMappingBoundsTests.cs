using System.Globalization;
using System.Text;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

/// <summary>
/// A hostile YAML mapping file (nesting deep enough to overflow the loader's stack, an alias bomb) is a clear import
/// error at its place, never a crash or a blow-up of time or memory.
/// </summary>
public sealed class AreaMappingBoundsTests
{
    [Fact]
    public void Load_YamlNestedSixtyThousandDeep_TooLargeAtTheFirstLevelTooDeep()
    {
        var text = "A: " + new string('[', 60_000) + new string(']', 60_000) + "\n";

        var error = Fail(text);

        // The mapping is level 1, so the 64th '[' (after "A: ") is the first level too deep.
        Assert.Equal((ImportCodes.MappingTooLarge, 1L, 3 + 64), (error.Code, error.Line, error.Column));
        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlAliasBomb_TooLargeAtTheAliasThatBreaksTheBound()
    {
        var error = Fail(AliasBomb(levels: 9));

        // Line 11 defines &l5 of *l4 (111,111 nodes each): its fourth alias passes 500,000.
        Assert.Equal((ImportCodes.MappingTooLarge, 11L, 23), (error.Code, error.Line, error.Column));
        Assert.StartsWith($"{error.File}:11:23: error PR4044: ", error.Text, StringComparison.Ordinal);
        Assert.Contains("aliases count as the nodes they repeat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlWithSmallAliases_LoadsAsBefore()
    {
        using var temp = new TempFolder();
        var path = temp.Write("map.yaml", "Oxford: &names [Cherwell, Oxford City]\nCity: [Oxford]\n");

        var mapping = AreaMapping.Load(path);

        Assert.Equal(("Oxford", "City", 3), (mapping.Apply("Cherwell"), mapping.Apply("Oxford"), mapping.Count));
    }

    /// <summary>Ten names, then each level a list of ten aliases of the level below, used as a mapping key.</summary>
    private static string AliasBomb(int levels)
    {
        var text = new StringBuilder("? &l0 [a, a, a, a, a, a, a, a, a, a]\n: x\n");
        for (var level = 1; level <= levels; level++)
        {
            var aliases = string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10));
            text.Append(CultureInfo.InvariantCulture, $"? &l{level} [{aliases}]\n: x\n");
        }
        return text.ToString();
    }

    /// <summary>The one error of loading the text as a YAML mapping file: code, place, message, file and text.</summary>
    private static (string Code, long Line, int Column, string Message, string File, string Text) Fail(string text)
    {
        using var temp = new TempFolder();
        var path = temp.Write("map.yaml", text);
        var error = Assert.Single(Assert.Throws<ImportException>(() => AreaMapping.Load(path)).Errors);
        Assert.Equal(path, error.File);
        return (error.Code, error.Line, error.Column, error.Message, error.File, error.ToString());
    }
}
