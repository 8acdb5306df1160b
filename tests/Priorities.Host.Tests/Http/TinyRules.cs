namespace Priorities.Host.Tests.Http;

/// <summary>A two-file rule set (a root and the catalogue it includes) written to a temp folder for the HTTP tests.</summary>
internal sealed class TinyRules : IDisposable
{
    public const string CatalogueText = """
        ruleset: tiny-catalogue
        version: 1
        priorities:
          - id: anti-social-behaviour
            title: Anti-social behaviour
            theme: Communities
            covers: [anti-social-behaviour]
          - id: burglary
            title: Burglary
            theme: Acquisitive crime
            covers: [burglary]
        """;

    public const string RootText = """
        ruleset: tiny
        version: 1
        include: [catalogue.yaml]
        scoring:
          method: weighted-sum
          dimensions:
            volume: { weight: 1 }
          select: { top: 5, minScore: 1 }
        rules:
          - id: recorded
            when:
              - fact: priority
                as: p
              - fact: trend
                as: t
                where: t.category in p.covers and t.count >= 1
            then:
              propose: p
              score: { volume: t.count }
              because: "{t.category}: {t.count} in {t.area}"
        """;

    public TinyRules()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "catalogue.yaml"), CatalogueText + "\n");
        File.WriteAllText(Root, RootText + "\n");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "priorities-tests", Guid.NewGuid().ToString("N"));

    public string Root => Path.Combine(Folder, "tiny.yaml");

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
