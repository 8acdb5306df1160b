namespace Priorities.Sensitivity;

/// <summary>
/// The pseudo-random numbers of the Monte Carlo samples: SplitMix64 (a 64-bit counter stepped by the golden-ratio
/// increment and scrambled by two xor-shift-multiply rounds), written out here so that a seed gives the same weights
/// on every runtime (<see cref="Random"/> leaves its algorithm unspecified).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1) from the top 53 bits: every value a multiple of 2^-53.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));
}
