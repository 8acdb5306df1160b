namespace Priorities.Assessments;

/// <summary>The attribution lines that data derived from public sources must carry.</summary>
public static class Licences
{
    /// <summary>The Open Government Licence v3.0 attribution.</summary>
    public const string OpenGovernmentAttribution =
        "Contains public sector information licensed under the Open Government Licence v3.0.";
}
