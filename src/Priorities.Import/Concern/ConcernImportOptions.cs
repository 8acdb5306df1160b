using System.Text;
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

    /// <summary>The file's encoding; Latin-1 by default, as the published file is.</summary>
    public Encoding Encoding { get; init; } = Encoding.Latin1;
}
