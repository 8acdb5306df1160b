namespace Priorities.Evaluation;

/// <summary>The one rounding of scores: three decimal places, halves away from zero, never negative zero.</summary>
internal static class Rounding
{
    public const int Decimals = 3;

    public static double Round(double value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0 : rounded;
    }
}
