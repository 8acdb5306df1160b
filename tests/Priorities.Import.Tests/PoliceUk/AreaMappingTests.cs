using Priorities.Engine.Diagnostics;
using Priorities.Import.PoliceUk;

namespace Priorities.Import.Tests.PoliceUk;

public sealed class AreaMappingTests
{
    private static Diagnostic Fail(string name, string text)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, text);
        var error = Assert.Single(Assert.Throws<ImportException>(() => AreaMapping.Load(path)).Errors);
        Assert.Equal(path, error.File);
        return error;
    }

    [Theory]
    [InlineData("map.csv", "from,to\nA,B\nA,C\n", 3, 1)]
    [InlineData("map.csv", "to,from\nB,A\nC,A\n", 3, 3)]
    [InlineData("map.csv", "to,from\nB,A\n\"C\nD\",A\n", 3, 0)]
    [InlineData("map.yaml", "B: [A]\nC:\n  - A\n", 3, 5)]
    [InlineData("map.yaml", "B: [A]\nC: [X, A]\n", 2, 8)]
    public void Load_NameMappedTwice_ConflictOnTheSecondFromName(string name, string text, long line, int column)
    {
        var error = Fail(name, text);

        Assert.Equal((ImportCodes.MappingConflict, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains("'A' is already mapped to 'B' on line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlKeyTwice_SyntaxErrorOnTheSecond()
    {
        var error = Fail("map.yaml", "A: B\nA: C\n");

        Assert.Equal((ImportCodes.MappingSyntax, 2L, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_CsvEntryWithoutTo_IncompleteWithLineAndColumn()
    {
        var error = Fail("map.csv", "from,to\nA,B\n  C,\n");

        Assert.Equal((ImportCodes.MappingIncomplete, 3L, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_CsvWithoutToColumn_MissingColumnOnTheHeader()
    {
        var error = Fail("map.csv", "from,into\nA,B\n");

        Assert.Equal((ImportCodes.MissingColumn, 1L, 0), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Load_YamlSyntaxError_SyntaxCodeWithLineAndColumn()
    {
        var error = Fail("map.yaml", "A: B\nC: [D\n");

        Assert.Equal(ImportCodes.MappingSyntax, error.Code);
        Assert.True(error.Line >= 2 && error.Column >= 1, error.ToString());
    }

    [Theory]
    [InlineData("- A\n- B\n", 1, 1)]
    [InlineData("A: B\nC: {D: E}\n", 2, 1)]
    public void Load_YamlOfTheWrongForm_FormCodeOnTheNode(string text, long line, int column)
    {
        var error = Fail("map.yaml", text);

        Assert.Equal((ImportCodes.MappingForm, line, column), (error.Code, error.Line, error.Column));
        Assert.StartsWith($"{error.File}:{line}:{column}: error PR4041: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_NotFound()
    {
        var error = Assert.Single(Assert.Throws<ImportException>(() => AreaMapping.Load("/no/such/map.csv")).Errors);

        Assert.Equal((ImportCodes.NotFound, "/no/such/map.csv", 0L, 0), (error.Code, error.File, error.Line, error.Column));
    }
}
