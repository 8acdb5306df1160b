using System.Globalization;
using Priorities.Assessments;
using Priorities.Import.Ons;

namespace Priorities.Import.Tests.Ons;

/// <summary><c>import ons-csp --all</c> on a slice of the real table: four forces, 31 partnerships.</summary>
public sealed class OnsCspNationalImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.File("out");

    private Task<OnsCspNationalResult> ImportAsync(string? mapping = null, string? neighbours = null) =>
        OnsCspNationalImporter.ImportAsync(new OnsCspNationalOptions
        {
            Input = Fixtures.NationalTable, PopulationFile = Fixtures.NationalPopulation, MappingFile = mapping,
            NeighboursFile = neighbours, OutputFolder = Out,
        });

    private Assessment Read(string file) => AssessmentSerializer.FromYaml(File.ReadAllText(Path.Combine(Out, file)));

    private List<Assessment> ReadAll() => Directory.GetFiles(Out).Order(StringComparer.Ordinal)
        .Select(f => AssessmentSerializer.FromYaml(File.ReadAllText(f))).ToList();

    [Fact]
    public async Task ImportAsync_Slice_OneFilePerPartnershipNamedBySlug()
    {
        var result = await ImportAsync();

        Assert.Equal((31, 23), (result.Written, result.WithPopulation));
        var files = Directory.GetFiles(Out).Select(Path.GetFileName).ToList();
        Assert.Equal(31, files.Count);
        Assert.Contains("bristol-city-of.yaml", files);
        Assert.Contains("vale-of-white-horse.yaml", files);
        Assert.DoesNotContain(files, f => f!.Contains("unassigned", StringComparison.Ordinal) || f.StartsWith("thames-valley", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_Slice_RatesExactAgainstTheTablesReadIndependently()
    {
        await ImportAsync();
        var residents = IndependentTable.Population(Fixtures.NationalPopulation);
        var shared = IndependentTable.Partnerships(Fixtures.NationalTable).GroupBy(p => p.District).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var assessments = ReadAll().ToDictionary(a => a.Partnership.Code!);
        var checkedRates = 0;

        foreach (var row in IndependentTable.Partnerships(Fixtures.NationalTable))
        {
            var a = assessments[row.Code];
            long? population = residents.TryGetValue(row.District, out var r) && !shared.Contains(row.District) ? r : null;
            Assert.Equal(population, a.Partnership.Population);
            foreach (var (header, count) in row.Counts)
            {
                var category = OffenceGroups.IdOf(header)!;
                var comparison = a.Comparisons.SingleOrDefault(c => c.Category == category);
                if (population is null) Assert.Null(comparison);
                else Assert.Equal(count!.Value * 1000.0 / population.Value, comparison!.Rate);
                checkedRates += comparison is null ? 0 : 1;
            }
        }
        Assert.Equal(23 * 23, checkedRates);
    }

    [Fact]
    public async Task ImportAsync_Slice_NationalRateIsEveryRowButForceTotalsOverAllResidents()
    {
        await ImportAsync();
        var totals = IndependentTable.AllButForceTotals(Fixtures.NationalTable);
        var residents = IndependentTable.Population(Fixtures.NationalPopulation).Values.Sum();

        var oxford = Read("oxford.yaml");

        foreach (var (header, total) in totals)
        {
            var c = Assert.Single(oxford.Comparisons, c => c.Category == OffenceGroups.IdOf(header));
            Assert.Equal(total * 1000.0 / residents, c.NationalRate);
            Assert.Equal(c.Rate / c.NationalRate, c.Ratio);
        }
    }

    [Theory]
    [InlineData("somerset.yaml", "E06000066")]
    [InlineData("east-and-mid-devon.yaml", "Combined Local Authorities")]
    [InlineData("north-devon.yaml", "Combined Local Authorities")]
    [InlineData("chiltern.yaml", "E06000060")]
    public async Task ImportAsync_NoSingleDistrict_PopulationUnknownNoRatesAndFlagged(string file, string district)
    {
        await ImportAsync();

        var a = Read(file);

        Assert.Null(a.Partnership.Population);
        Assert.Empty(a.Comparisons);
        Assert.Contains(a.DataQuality, n => n.Kind == DataQualityKinds.NoPopulation && n.Message.Contains(district, StringComparison.Ordinal));
        Assert.NotEmpty(a.Volumes);
    }

    [Fact]
    public async Task ImportAsync_NoSingleDistrict_WarningsAtTheirRows()
    {
        var result = await ImportAsync();

        var lines = result.Diagnostics.Select(d => (d.Code, d.Line)).ToList();
        Assert.Contains((ImportCodes.NoPopulation, 18), lines);
        Assert.Contains((ImportCodes.NoPopulation, 26), lines);
        Assert.Contains((ImportCodes.SharedDistrict, 35), lines);
        Assert.Equal(8, result.Diagnostics.Count);
    }

    [Fact]
    public async Task ImportAsync_Mapping_CombinedPartnershipGetsItsDistrictsSummed()
    {
        var mapping = _temp.Write("map.yaml", "East and Mid Devon: [E07000040, E07000042]\nE22000369: [E07000187, E07000188, E07000189, E07000246]\n");

        var result = await ImportAsync(mapping);

        Assert.Equal(25, result.WithPopulation);
        var devon = Read("east-and-mid-devon.yaml");
        Assert.Equal(150_800 + 82_800, devon.Partnership.Population);
        var burglary = Assert.Single(devon.Comparisons, c => c.Category == "burglary");
        Assert.Equal(Assert.Single(devon.Volumes, v => v.Category == "burglary").Count * 1000.0 / (150_800 + 82_800), burglary.Rate);
        Assert.Equal(116_200 + 125_200 + 172_600 + 163_000, Read("somerset.yaml").Partnership.Population);
    }

    [Theory]
    [InlineData("Nowhere: [E07000040]\n", ImportCodes.DistrictMappingUnknownPartnership, 1, 1)]
    [InlineData("East and Mid Devon: [E07000040, X99]\n", ImportCodes.DistrictMappingUnknownDistrict, 1, 33)]
    [InlineData("East and Mid Devon: [E07000040, E07000041]\n", ImportCodes.DistrictMappingShared, 1, 33)]
    [InlineData("North Devon: [E07000043]\nSouth Devon and Dartmoor: [E07000043]\n", ImportCodes.DistrictMappingShared, 1, 15)]
    [InlineData("East and Mid Devon: [E07000040]\nE22000362: [E07000042]\n", ImportCodes.DistrictMappingRepeated, 2, 1)]
    [InlineData("East and Mid Devon: E07000040\n", ImportCodes.DistrictMappingForm, 1, 21)]
    [InlineData("East and Mid Devon: []\n", ImportCodes.DistrictMappingForm, 1, 21)]
    [InlineData("- East and Mid Devon\n", ImportCodes.DistrictMappingForm, 1, 1)]
    [InlineData("East and Mid Devon: [E07000040\n", ImportCodes.DistrictMappingSyntax, 2, 1)]
    [InlineData("Exeter: [E07000041]\nExeter: [E07000041]\n", ImportCodes.DistrictMappingSyntax, 2, 1)]
    public async Task ImportAsync_MappingMistake_ErrorAtItsPlaceAndNothingWritten(string yaml, string code, long line, int column)
    {
        var mapping = _temp.Write("map.yaml", yaml);

        var error = (await Assert.ThrowsAsync<ImportException>(() => ImportAsync(mapping))).Errors[0];

        Assert.Equal((code, mapping, line, column), (error.Code, error.File, error.Line, error.Column));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task ImportAsync_Percentiles_LowestZeroHighestHundredInRateOrder()
    {
        await ImportAsync();

        var burglary = ReadAll().SelectMany(a => a.Comparisons).Where(c => c.Category == "burglary").OrderBy(c => c.Rate).ToList();

        Assert.Equal(23, burglary.Count);
        Assert.All(burglary, c => Assert.Equal(23, c.Partnerships));
        Assert.Equal((0.0, 100.0), (burglary[0].Percentile, burglary[^1].Percentile));
        Assert.Equal(burglary.Select(c => c.Percentile), burglary.Select(c => c.Percentile).Order());
    }

    [Fact]
    public async Task ImportAsync_Neighbours_RankAmongTheTenNearestPartnershipsWithARate()
    {
        await ImportAsync();
        var all = ReadAll();
        var byDistrict = IndependentTable.Partnerships(Fixtures.NationalTable).GroupBy(p => p.District).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Code, StringComparer.Ordinal);
        var nearest = Flattened("E07000178").Where(d => byDistrict.ContainsKey(d))
            .Select(d => all.Single(a => a.Partnership.Code == byDistrict[d])).Where(a => a.Partnership.Population is not null).Take(10).ToList();

        var oxford = Assert.Single(Read("oxford.yaml").Comparisons, c => c.Category == "shoplifting");

        var rates = nearest.Select(a => a.Comparisons.Single(c => c.Category == "shoplifting").Rate!.Value).ToList();
        Assert.Equal((1 + rates.Count(r => r > oxford.Rate), 10), (oxford.NeighbourRank!.Value, oxford.NeighbourCount!.Value));
    }

    [Fact]
    public async Task ImportAsync_NoNeighboursFile_RanksUnknown()
    {
        var population = _temp.Write("census/population.csv", File.ReadAllText(Fixtures.NationalPopulation));

        await OnsCspNationalImporter.ImportAsync(new OnsCspNationalOptions { Input = Fixtures.NationalTable, PopulationFile = population, OutputFolder = Out });

        Assert.All(Read("oxford.yaml").Comparisons, c => Assert.Equal((null, null), (c.NeighbourRank, c.NeighbourCount)));
    }

    [Theory]
    [InlineData("{ \"E07000178\": [ \"E07000179\", 5 ] }", ImportCodes.NeighboursForm, 1, 31)]
    [InlineData("[ ]", ImportCodes.NeighboursForm, 1, 1)]
    [InlineData("{\n  \"E07000178\": \"E07000179\" }", ImportCodes.NeighboursForm, 2, 16)]
    [InlineData("{ \"E07000178\": [ \"E07000179\" ", ImportCodes.NeighboursSyntax, 1, 0)]
    public async Task ImportAsync_BadNeighboursFile_ErrorAtItsPlace(string json, string code, long line, int column)
    {
        var neighbours = _temp.Write("near.json", json);

        var error = Assert.Single((await Assert.ThrowsAsync<ImportException>(() => ImportAsync(neighbours: neighbours))).Errors);

        Assert.Equal((code, neighbours, line), (error.Code, error.File, error.Line));
        if (column > 0) Assert.Equal(column, error.Column);
    }

    private static List<string> Flattened(string district)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Fixtures.NationalNeighbours));
        return json.RootElement.GetProperty(district).EnumerateArray()
            .SelectMany(e => e.ValueKind == System.Text.Json.JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString()) : [e.GetString()])
            .OfType<string>().Distinct().ToList();
    }
}
