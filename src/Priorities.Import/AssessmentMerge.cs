using Priorities.Assessments;

namespace Priorities.Import;

/// <summary>Adds the facts of one import to an existing assessment, such as harm weights to the trends of an area.</summary>
public static class AssessmentMerge
{
    /// <summary>
    /// The target with each fact list that the import filled (trends, volumes, comparisons, harm, concern, vulnerability)
    /// replaced by the imported one, the import's data-quality notes and sources added (each once), and everything
    /// else (partnership, periods, duties, plans) kept, except that a partnership without a population takes the import's.
    /// </summary>
    /// <param name="target">The assessment to add to.</param>
    /// <param name="imported">The assessment an importer produced.</param>
    /// <returns>The merged assessment.</returns>
    public static Assessment Merge(Assessment target, Assessment imported)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(imported);
        return target with
        {
            Partnership = target.Partnership with { Population = target.Partnership.Population ?? imported.Partnership.Population },
            Trends = imported.Trends.Count > 0 ? imported.Trends : target.Trends,
            Volumes = imported.Volumes.Count > 0 ? imported.Volumes : target.Volumes,
            Comparisons = imported.Comparisons.Count > 0 ? imported.Comparisons : target.Comparisons,
            Harm = imported.Harm.Count > 0 ? imported.Harm : target.Harm,
            Concern = imported.Concern.Count > 0 ? imported.Concern : target.Concern,
            Vulnerability = imported.Vulnerability.Count > 0 ? imported.Vulnerability : target.Vulnerability,
            DataQuality = [.. target.DataQuality.Where(n => !imported.DataQuality.Contains(n)), .. imported.DataQuality],
            Sources = [.. target.Sources.Union(imported.Sources, StringComparer.Ordinal)],
        };
    }
}
