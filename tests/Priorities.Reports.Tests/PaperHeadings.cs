namespace Priorities.Reports.Tests;

/// <summary>The top-level headings of every committee paper, body then appendices.</summary>
internal static class PaperHeadings
{
    public static readonly string[] Top =
    [
        "Financial implications", "Legal implications", "Summary", "Priorities by theme", "Performance against targets",
        "What changed since last year", "Appendix A: Evidence for each priority", "Appendix B: Candidates not selected",
        "Appendix C: Evidence gaps", "Appendix D: Data-quality caveats", "Appendix E: Sources",
    ];
}
