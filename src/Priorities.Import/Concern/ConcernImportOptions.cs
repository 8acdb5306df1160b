using System.Text;
using Priorities.Assessments;
using Priorities.Import;

namespace Priorities.Import.Concern;

/// <summary>What <see cref="ConcernImporter"/> reads.</summary>
public sealed record ConcernImportOptions
{
    /// <summary>
    /// The concern index CSV (columns <c>Varname, Date, Demographic, Index, Poll, Question</c>), such as the
    /// CSEW crime concern series from "Attitudes Towards Crime and Punishment in England and Wales".
    /// </summary>
    public required string Input { get; init; }

    /// <summary>The population whose share to take.</summary>
    public string Demographic { get; init; } = "All adults";

    /// <summary>
    /// Where the survey's respondents live, one of <c>Geographies</c>: national by default, as the Crime Survey for
    /// England and Wales is; plans quote a figure that is not local with a caveat.
    /// </summary>
    public string Geography { get; init; } = Geographies.National;

    /// <summary>The file's encoding; Latin-1 by default, as the published file is.</summary>
    public Encoding Encoding { get; init; } = Encoding.Latin1;
}
