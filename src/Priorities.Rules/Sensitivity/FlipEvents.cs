using Priorities.RuleSets.Model;

namespace Priorities.Sensitivity;

/// <summary>
/// The weights of one dimension at which a candidate's selection may change, the others fixed: where two
/// discretionary candidates' totals cross, where a total crosses the minimum score and where a coverage crosses the
/// minimum coverage. Between two of them no selection changes (before rounding). For <c>weighted-sum</c> they are
/// solved: exactly where both totals are linear in the weight, and otherwise (a candidate without evidence for some
/// dimension, whose total is rescaled) by bisection of every sign change over 64 steps of the range. For
/// <c>product</c> and <c>max</c> the range is cut in 128 equal steps instead.
/// </summary>
internal static class FlipEvents
{
    private const int CurveSteps = 64;
    private const int UniformSteps = 128;

    /// <summary>The event weights in [0, <paramref name="upper"/>], in no particular order.</summary>
    public static IReadOnlyList<double> For(Rescorer rescorer, int d, double upper)
    {
        var scoring = rescorer.Scoring;
        var open = Enumerable.Range(0, rescorer.Candidates.Count).Where(i => !rescorer.Candidates[i].Mandatory).ToArray();
        var curves = open.Select(i => TotalCurve.Of(rescorer.Scores[i], d)).ToArray();
        var events = new List<double>();
        foreach (var curve in curves)
            if (curve.CoverageCrossing(scoring.Selection.MinCoverage) is { } w) events.Add(w);
        if (scoring.Method != ScoringMethod.WeightedSum)
            events.AddRange(Enumerable.Range(0, UniformSteps + 1).Select(k => upper * k / UniformSteps));
        else
        {
            for (var i = 0; i < curves.Length; i++)
            {
                var x = curves[i];
                if (scoring.Selection.MinScore is { } min) Roots(w => x.Total(w) - min, x.Linear, upper, events);
                for (var j = i + 1; j < curves.Length; j++)
                {
                    var y = curves[j];
                    if (x.Linear && y.Linear) Linear(x.Intercept - y.Intercept, x.Slope - y.Slope, events);
                    else Roots(w => x.Total(w) - y.Total(w), linear: false, upper, events);
                }
            }
        }
        return events.Where(w => w >= 0 && w <= upper).ToArray();
    }

    private static void Linear(double intercept, double slope, List<double> events)
    {
        if (slope != 0) events.Add(-intercept / slope);
    }

    /// <summary>The roots of <paramref name="f"/> in [0, upper]: bracketed on a grid, then bisected.</summary>
    private static void Roots(Func<double, double> f, bool linear, double upper, List<double> events)
    {
        if (linear)
        {
            var at0 = f(0);
            Linear(at0, f(1) - at0, events);
            return;
        }
        var (left, fLeft) = (0.0, f(0));
        for (var k = 1; k <= CurveSteps; k++)
        {
            var right = upper * k / CurveSteps;
            var fRight = f(right);
            if (fLeft == 0) events.Add(left);
            else if (Math.Sign(fLeft) * Math.Sign(fRight) < 0) events.Add(Bisect(f, left, right, fLeft));
            (left, fLeft) = (right, fRight);
        }
        if (fLeft == 0) events.Add(left);
    }

    private static double Bisect(Func<double, double> f, double low, double high, double fLow)
    {
        for (var i = 0; i < 60 && high - low > 1e-12; i++)
        {
            var mid = (low + high) / 2;
            var fMid = f(mid);
            if (Math.Sign(fMid) == Math.Sign(fLow)) (low, fLow) = (mid, fMid);
            else high = mid;
        }
        return (low + high) / 2;
    }
}
