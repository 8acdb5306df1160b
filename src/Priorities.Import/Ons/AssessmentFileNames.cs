namespace Priorities.Import.Ons;

/// <summary>
/// Safe, deterministic file names, one per partnership: the slug of its name (letters and digits, lower case, runs of
/// anything else as one '-', at most <see cref="MaxLength"/> characters); its code added when the slug is empty or
/// taken, then a counter. Names are compared ignoring case, for file systems that do.
/// </summary>
internal sealed class AssessmentFileNames(string extension)
{
    public const int MaxLength = 80;

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string name, string code)
    {
        var slug = Cut(ImportText.Slug(name));
        var codeSlug = ImportText.Slug(code);
        var candidate = slug.Length == 0 ? Cut(codeSlug) : slug;
        if (candidate.Length == 0) candidate = "partnership";
        if (!_used.Add(candidate + extension))
        {
            var withCode = codeSlug.Length == 0 ? candidate : $"{candidate}-{codeSlug}";
            candidate = withCode;
            for (var n = 2; !_used.Add(candidate + extension); n++) candidate = $"{withCode}-{n}";
        }
        return candidate + extension;
    }

    private static string Cut(string slug) => slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
}
