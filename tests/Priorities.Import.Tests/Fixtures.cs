namespace Priorities.Import.Tests;

/// <summary>Finds the test fixtures: the folder holding Priorities.sln, walking up from the test assembly, then tests/…/Fixtures.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root, "tests", "Priorities.Import.Tests", "Fixtures", .. parts]);

    public static string Northumbria2021 => Path("police-uk", "northumbria", "2021-03-northumbria-street.csv.gz");

    public static string Northumbria2022 => Path("police-uk", "northumbria", "2022-03-northumbria-street.csv");

    public static string OxfordCombined => Path("police-uk", "oxford", "combined_oxford_crime_data.csv");

    public static string Oxford2024July => Path("police-uk", "oxford", "2024-07-thames-valley-street-oxford-city.csv");

    public static string OnsTableC2 => Path("ons", "csp_table_C2_ye_june2025.csv");

    public static string HarmByCategory => Path("cambridge-chi", "cchi_weights_by_category.csv");

    public static string HarmBySubgroup => Path("cambridge-chi", "cchi_weights.csv");

    public static string Population => Path("census", "lad_population_2011_2021.csv");

    public static string HarmThamesValley => Path("cambridge-chi", "cchi_weights_by_force_category.thames_valley_rows.csv");

    public static string Concern => Path("csew", "CrimeConcern.csv");

    public static string NationalTable => Path("national", "csp_table_C2_ye_june2025.csv");

    public static string NationalPopulation => Path("national", "lad_population_2011_2021.csv");

    public static string NationalNeighbours => Path("national", "lad_neighbours.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Priorities.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Priorities.sln above {AppContext.BaseDirectory}.");
    }
}
