using Priorities.Benchmarks.Workload;

namespace Priorities.Benchmarks.Verification;

/// <summary>
/// The expected checksums of WORKLOAD.md, copied from its table. This is the specification every
/// implementation must reproduce, not a recorded result.
/// </summary>
public static class ExpectedChecksums
{
    private static readonly Dictionary<WorkloadSize, Checksum> Table = new()
    {
        [new(1_000, 50)] = new(835, "11762.72", "ModernSlavery/Ward0003: 297.0"),
        [new(1_000, 500)] = new(7_636, "111674.98", "SexualOffences/Ward0001: 2525.5"),
        [new(10_000, 50)] = new(8_355, "142581.56", "SexualOffences/Ward0031: 562.2"),
        [new(10_000, 500)] = new(82_712, "1248529.55", "Exploitation/Ward0018: 3137.5"),
        [new(100_000, 50)] = new(83_530, "1231928.15", "VehicleCrime/Ward0067: 462.9"),
        [new(100_000, 500)] = new(824_574, "11773905.58", "ViolenceWithInjury/Ward0238: 3304.0"),
    };

    /// <summary>The sizes of the workload matrix, smallest first.</summary>
    public static IReadOnlyList<WorkloadSize> Sizes { get; } = [.. Table.Keys.OrderBy(size => size.Facts).ThenBy(size => size.Rules)];

    public static Checksum For(WorkloadSize size) =>
        Table.TryGetValue(size, out var expected)
            ? expected
            : throw new ArgumentOutOfRangeException(nameof(size), size, "No expected checksum for this size.");
}
