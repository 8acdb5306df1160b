namespace Priorities.Import;

/// <summary>The attribution lines that derived data must carry.</summary>
internal static class Licences
{
    public const string OpenGovernmentAttribution =
        "Contains public sector information licensed under the Open Government Licence v3.0.";
}
