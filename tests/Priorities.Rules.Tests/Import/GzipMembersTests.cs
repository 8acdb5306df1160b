using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Priorities.Import;

namespace Priorities.Rules.Tests.Import;

public sealed class GzipMembersTests
{
    private static readonly Lazy<byte[][]> Parts = new(() =>
    {
        var lines = FixtureText.Lines(Fixtures.Northumbria2022);
        var third = lines.Count / 3;
        return [Member(lines.Take(third)), Member(lines.Skip(third).Take(third)), Member(lines.Skip(2 * third))];
    });

    internal static byte[] Member(IEnumerable<string> lines)
    {
        using var memory = new MemoryStream();
        using (var zip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            zip.Write(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\r\n"))));
        }
        return memory.ToArray();
    }

    [Fact]
    public void FindProblem_ThreeCompleteMembers_Null()
    {
        using var temp = new TempFolder();
        var path = temp.File("multi.csv.gz");
        File.WriteAllBytes(path, [.. Parts.Value[0], .. Parts.Value[1], .. Parts.Value[2]]);

        Assert.Null(GzipMembers.FindProblem(path));
    }

    [Fact]
    public void FindProblem_SecondMemberCutOff_NamesTheMember()
    {
        using var temp = new TempFolder();
        var path = temp.File("cut.csv.gz");
        File.WriteAllBytes(path, [.. Parts.Value[0], .. Parts.Value[1][..(Parts.Value[1].Length / 2)]]);

        Assert.StartsWith("member 2's data stops after", GzipMembers.FindProblem(path), StringComparison.Ordinal);
    }

    [Fact]
    public void FindProblem_HeaderWithFileNameAndComment_Null()
    {
        using var temp = new TempFolder();
        var plain = Parts.Value[0];
        byte[] named = [.. plain[..3], (byte)(plain[3] | 8 | 16), .. plain[4..10], .. "x.csv\0"u8, .. "made by hand\0"u8, .. plain[10..]];
        var path = temp.File("named.csv.gz");
        File.WriteAllBytes(path, [.. named, .. Parts.Value[1]]);

        Assert.Null(GzipMembers.FindProblem(path));
    }

    [Fact]
    public void FindProblem_WrongSizeInTrailer_SaysWhatEachSideRecords()
    {
        using var temp = new TempFolder();
        var member = Parts.Value[0].ToArray();
        member[^1] ^= 0x40;
        var path = temp.File("bad.csv.gz");
        File.WriteAllBytes(path, member);

        Assert.Contains("member 1 decompresses to", GzipMembers.FindProblem(path), StringComparison.Ordinal);
    }

    /// <summary>A cut is harmless exactly where a member ends; anywhere else, the file is reported.</summary>
    [Property(MaxTest = 25)]
    public void FindProblem_CutAnywhere_Meets_Specification(NonNegativeInt at, bool nearAnEnd, sbyte offset)
    {
        byte[] whole = [.. Parts.Value[0], .. Parts.Value[1], .. Parts.Value[2]];
        int[] ends = [Parts.Value[0].Length, Parts.Value[0].Length + Parts.Value[1].Length, whole.Length];
        var cut = nearAnEnd ? Math.Clamp(ends[at.Get % 3] + (offset % 12), 1, whole.Length) : 1 + (at.Get % whole.Length);
        using var temp = new TempFolder();
        var path = temp.File("cut.csv.gz");
        File.WriteAllBytes(path, whole[..cut]);

        Assert.Equal(ends.Contains(cut), GzipMembers.FindProblem(path) is null);
    }
}
