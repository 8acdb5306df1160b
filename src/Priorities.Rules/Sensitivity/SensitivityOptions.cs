namespace Priorities.Sensitivity;

/// <summary>How <see cref="SensitivityAnalyzer"/> varies the weights.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The largest spread: 100%, every weight anywhere from 0 to twice its value.</summary>
    public const double MaximumSpread = 1;

    /// <summary>The most samples an analysis may draw.</summary>
    public const int MaximumSamples = 1_000_000;

    /// <summary>The defaults: a spread of 20%, 2,000 samples, seed 1.</summary>
    public static SensitivityOptions Default { get; } = new();

    /// <summary>
    /// How far each weight may move, as a share of it (0–1): every weight w is drawn from [w(1 − s), w(1 + s)].
    /// </summary>
    public double Spread { get; init; } = 0.2;

    /// <summary>How many weightings the Monte Carlo part draws (1–1,000,000).</summary>
    public int Samples { get; init; } = 2000;

    /// <summary>The seed of the weightings: the same seed (and inputs) always gives the same result.</summary>
    public long Seed { get; init; } = 1;
}
