using System.Runtime.CompilerServices;

namespace Priorities.Architecture.Tests;

/// <summary>Assemblies point one way (Engine ← Rules ← {Import, Reports} ← Host) and see no other's internals.</summary>
public sealed class AssemblyReferenceTests
{
    public static TheoryData<string> Assemblies => [.. ProductAssemblies.Names];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void References_OfEachAssembly_FollowTheLayers(string assembly)
    {
        var ours = ProductAssemblies.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(ProductAssemblies.IsOurs);

        Assert.Empty(ours.Except(ProductAssemblies.Allowed[assembly]));
    }

    [Theory]
    [InlineData(ProductAssemblies.Engine)]
    [InlineData(ProductAssemblies.Rules)]
    public void References_OfTheEvaluator_LeaveOutCsvGzipAndWord(string assembly)
    {
        var names = ProductAssemblies.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!);

        Assert.DoesNotContain(names, n => n is "CsvHelper" or "System.IO.Hashing" || n.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void InternalsVisibleTo_OfEachAssembly_NamesOnlyTestsAndBenchmarks(string assembly)
    {
        var friends = ProductAssemblies.Load(assembly).GetCustomAttributes(typeof(InternalsVisibleToAttribute), false)
            .Cast<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.All(friends, f => Assert.True(f.EndsWith(".Tests", StringComparison.Ordinal) || f == "Priorities.Benchmarks", f));
    }
}
