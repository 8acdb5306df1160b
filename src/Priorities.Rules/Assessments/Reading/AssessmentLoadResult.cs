using Priorities.Engine.Diagnostics;

namespace Priorities.Assessments.Reading;

/// <summary>The outcome of reading one assessment file: the assessment, or every problem found (warnings are kept either way).</summary>
public sealed class AssessmentLoadResult
{
    internal AssessmentLoadResult(string file, Assessment? assessment, IReadOnlyList<Diagnostic> diagnostics)
    {
        File = file;
        Assessment = assessment;
        Diagnostics = diagnostics;
    }

    /// <summary>The file, as given.</summary>
    public string File { get; }

    /// <summary>The assessment, or null when the file has errors.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Every error and warning, sorted by line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the assessment was read (it may still have warnings).</summary>
    public bool Succeeded => Assessment is not null;
}
