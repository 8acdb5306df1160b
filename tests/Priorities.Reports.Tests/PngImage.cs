using System.Buffers.Binary;
using System.IO.Compression;

namespace Priorities.Reports.Tests;

/// <summary>A minimal reader of 8-bit RGB and RGBA PNG files (the kind Chromium writes), to look at screenshot pixels.</summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, int channels, byte[] pixels) => (Width, Height, Channels, Pixels) = (width, height, channels, pixels);

    public int Width { get; }

    public int Height { get; }

    public int Channels { get; }

    public byte[] Pixels { get; }

    public static PngImage Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(Signature), "Not a PNG file.");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                Assert.True(data[8] == 8 && data[9] is 2 or 6 && data[12] == 0, "Only 8-bit, non-interlaced RGB or RGBA PNGs are read.");
                channels = data[9] == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    /// <summary>The colour of a pixel as <c>#rrggbb</c>.</summary>
    public string Colour(int index)
    {
        var at = index * Channels;
        return $"#{Pixels[at]:x2}{Pixels[at + 1]:x2}{Pixels[at + 2]:x2}";
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int corner = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                var value = raw[(y * (stride + 1)) + 1 + x];
                pixels[(y * stride) + x] = (byte)(value + Predict(filter, left, up, corner));
            }
        }

        return pixels;
    }

    private static int Predict(byte filter, int left, int up, int corner) => filter switch
    {
        0 => 0,
        1 => left,
        2 => up,
        3 => (left + up) / 2,
        4 => Paeth(left, up, corner),
        _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
    };

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
