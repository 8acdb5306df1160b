using Priorities.Assessments;

namespace Priorities.Import.Ons;

/// <summary>One partnership's assessment of <see cref="OnsCspNationalImporter"/>: its volumes, population and comparisons.</summary>
internal static class NationalAssessment
{
    public static Assessment Build(OnsPartnership p, int? population, IReadOnlyList<ComparisonFact> comparisons, NationalContext context)
    {
        var notes = new List<DataQualityNote>();
        var volumes = OnsCspImporter.Volumes(p, context.Period, context.Source, notes).ToList();
        if (population is null)
            notes.Add(new DataQualityNote
            {
                Kind = DataQualityKinds.NoPopulation, Area = p.Name,
                Message = $"No population for {p.Name}: the population table has no single district for it (local authority '{p.District}'), "
                    + "so it has no rates per 1,000 and no comparisons.",
            });
        return new Assessment
        {
            Partnership = new Partnership { Name = p.Name, Code = p.Code, Areas = [p.Name], Population = population },
            Period = new AssessmentPeriod { Start = context.Period.Start.ToString(), End = context.Period.End.ToString(), Label = context.Label },
            Volumes = volumes,
            Comparisons = comparisons,
            Duties = context.IncludeStatutoryDuties ? StatutoryDuties.InForceEverywhere() : [],
            DataQuality = notes,
            Sources = population is null ? context.TableSources : context.Sources,
        };
    }
}
