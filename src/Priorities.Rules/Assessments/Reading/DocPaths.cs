using System.Globalization;

namespace Priorities.Assessments.Reading;

/// <summary>Finds values in an assessment document for the checks that run after its shape is known to be right.</summary>
internal static class DocPaths
{
    /// <summary>The mappings of a list under <paramref name="key"/>, with their index.</summary>
    public static IEnumerable<(DocObject Item, int Index)> Items(DocObject parent, string key) =>
        parent.Get(key) is DocArray array
            ? array.Items.Select((item, index) => (Item: item as DocObject, Index: index))
                .Where(x => x.Item is not null).Select(x => (x.Item!, x.Index))
            : [];

    /// <summary>The value under <paramref name="key"/> when it is a single, non-null value.</summary>
    public static DocScalar? Scalar(DocObject parent, string key) =>
        parent.Get(key) is DocScalar { IsNull: false } scalar ? scalar : null;

    /// <summary>
    /// The number under <paramref name="key"/> with its scalar; null when absent or unreadable (reported elsewhere).
    /// </summary>
    public static (double Value, DocScalar Scalar)? Number(DocObject parent, string key) =>
        Scalar(parent, key) is { } scalar
        && double.TryParse(scalar.Text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && double.IsFinite(value)
            ? (value, scalar)
            : null;

    /// <summary>The partnership as written, for the duty checks; null when it has no name.</summary>
    public static Partnership? Partnership(DocObject root)
    {
        if (root.Get("partnership") is not DocObject doc || Scalar(doc, "name") is not { } name) return null;
        var areas = doc.Get("areas") is DocArray array
            ? array.Items.OfType<DocScalar>().Where(s => !s.IsNull).Select(s => s.Text).ToArray()
            : [];
        return new Partnership { Name = name.Text, Code = Scalar(doc, "code")?.Text, Areas = areas };
    }

    /// <summary>A number as the message shows it.</summary>
    public static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A percentage to one or two decimal places.</summary>
    public static string Percent(double value) => value.ToString("0.0#", CultureInfo.InvariantCulture);
}
