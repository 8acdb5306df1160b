using System.Globalization;
using Priorities.Results;

namespace Priorities.Reports.Tests;

/// <summary>
/// Builds plan results from sensitivity marks: every sensitive item carries tokens and raw numbers found nowhere else
/// in the plan, so a public rendering that shows any of them leaks.
/// </summary>
internal sealed class SensitivePlan
{
    private readonly List<string> _secrets = [];
    private int _next;

    private SensitivePlan()
    {
    }

    /// <summary>The strings (tokens and formatted raw values) that only sensitive items carry.</summary>
    public IReadOnlyList<string> Secrets => _secrets;

    /// <summary>The secrets of the selected priorities, which a full paper and an exempt annex print.</summary>
    public IReadOnlyList<string> SelectedSecrets { get; private set; } = [];

    /// <summary>The plan result built from the marks.</summary>
    public PlanResult Plan { get; private set; } = ReportSamples.Oxford();

    /// <summary>One candidate per row; every third is not selected. Item j of a row is evidence, a rule, a breakdown
    /// component or a rationale line (j mod 4; not selected
    /// candidates have no evidence), sensitive where the mark says so.</summary>
    public static SensitivePlan Of(bool[][] marks)
    {
        var built = new SensitivePlan();
        var selected = new List<ProposedPriority>();
        var notSelected = new List<NotSelectedPriority>();
        var selectedSecrets = new List<string>();
        for (var i = 0; i < marks.Length; i++)
        {
            var known = built._secrets.Count;
            var parts = built.Parts(marks[i], withEvidence: i % 3 != 2);
            if (i % 3 != 2)
            {
                selectedSecrets.AddRange(built._secrets.Skip(known));
            }

            var id = "candidate-" + i.ToString(CultureInfo.InvariantCulture);
            if (i % 3 == 2)
            {
                notSelected.Add(new NotSelectedPriority
                {
                    Id = id, Title = "Candidate " + i, Theme = "safety", Score = 10, Shortfall = 5,
                    Breakdown = parts.Breakdown, WhyNot = parts.Lines, Rules = parts.Rules, SensitiveLines = parts.Marked,
                });
                continue;
            }

            selected.Add(new ProposedPriority
            {
                Rank = selected.Count + 1, Id = id, Title = "Candidate " + i, Theme = "safety", Score = 40,
                Mandatory = false, Status = PriorityStatus.New, Breakdown = parts.Breakdown, Rationale = parts.Lines,
                Rules = parts.Rules, Evidence = parts.Evidence, SensitiveLines = parts.Marked,
            });
        }

        built.SelectedSecrets = selectedSecrets;
        built.Plan = ReportSamples.Oxford() with { Priorities = selected, NotSelected = notSelected, Dropped = [] };
        return built;
    }

    private Parts Parts(bool[] marks, bool withEvidence)
    {
        var parts = new Parts();
        for (var j = 0; j < marks.Length; j++)
        {
            var sensitive = marks[j];
            switch (j % 4)
            {
                case 0 when !withEvidence:
                    break;
                case 0:
                    parts.Evidence.Add(new Evidence("trend", Token(sensitive), Token(sensitive), $"Summary {Token(sensitive)} rose", Token(sensitive), sensitive));
                    break;
                case 1:
                    var rule = new FiredRule("rule-" + Token(sensitive), $"Finding {Token(sensitive)} holds", [new RawScore("harm", Raw(sensitive))], [], sensitive);
                    parts.Rules.Add(rule);
                    parts.Lines.Add(j % 8 == 1 ? rule.Because : rule.Because + ". Caution: small numbers.");
                    break;
                case 2:
                    var dimension = ReportSamples.Dimensions[(j / 4) % ReportSamples.Dimensions.Length];
                    parts.Breakdown.Add(new ScoreComponent(dimension, Raw(sensitive), 3, 2, 6, sensitive));
                    break;
                default:
                    var line = $"Line {Token(sensitive)} quoted.";
                    parts.Lines.Add(line);
                    if (sensitive)
                    {
                        parts.Marked.Add(line);
                    }

                    break;
            }
        }

        return parts;
    }

    /// <summary>A unique token: SENSnnnnX when sensitive (remembered as a secret), PUBLnnnnX otherwise.</summary>
    private string Token(bool sensitive)
    {
        var token = (sensitive ? "SENS" : "PUBL") + (_next++).ToString("D4", CultureInfo.InvariantCulture) + "X";
        if (sensitive)
        {
            _secrets.Add(token);
        }

        return token;
    }

    /// <summary>A raw value: large and unique (remembered as a secret, as printed) when sensitive, small otherwise.</summary>
    private double Raw(bool sensitive)
    {
        var k = _next++;
        if (!sensitive)
        {
            return (k % 40) + 0.5;
        }

        var raw = 80000 + (7 * k) + 0.7;
        _secrets.Add(raw.ToString("0.###", CultureInfo.InvariantCulture));
        return raw;
    }
}
