using Priorities.Shipped;

namespace Priorities.Assessments.Reading;

/// <summary>The sample assessments shipped inside this package (the repository's <c>samples/*.yaml</c>), by name.</summary>
public static class ShippedAssessments
{
    /// <summary>The default sample: Oxford City, 2024, built from public data.</summary>
    public const string DefaultName = "oxford-city-2024";

    /// <summary>The names of the shipped samples, sorted, such as <c>oxford-city-2024</c>.</summary>
    public static IReadOnlyList<string> Names => ShippedFiles.Names(ShippedFiles.Samples);

    /// <summary>Whether <paramref name="name"/> names a shipped sample.</summary>
    /// <param name="name">A name (<c>oxford-city-2024</c>), file name (<c>oxford-city-2024.yaml</c>) or shipped path.</param>
    public static bool Contains(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ShippedFiles.Find(ShippedFiles.Samples, name) is not null;
    }

    /// <summary>Reads a shipped sample; diagnostics name it by shipped path, such as <c>(shipped)/samples/oxford-city-2024.yaml</c>.</summary>
    /// <param name="name">A name (<c>oxford-city-2024</c>), file name or shipped path.</param>
    /// <exception cref="ArgumentException">No sample of that name is shipped.</exception>
    public static AssessmentLoadResult Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = ShippedFiles.Find(ShippedFiles.Samples, name)
            ?? throw new ArgumentException($"No sample assessment '{name}' is shipped; the shipped ones are {string.Join(", ", Names)}.", nameof(name));
        return AssessmentReader.ReadText(path, ShippedFiles.ReadFound(path));
    }
}
