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

    /// <summary>
    /// A root whose derive rules never settle: <c>seed</c> derives an echo, and <c>echo-again</c> derives a new echo
    /// from each one, so every evaluation crosses the engine's chain limit. It compiles without warnings.
    /// </summary>
    public const string LoopingRootText = """
        ruleset: looping
        version: 1
        include: [catalogue.yaml]
        facts:
          echo: { n: int }
        scoring:
          method: weighted-sum
          dimensions:
            volume: { weight: 1 }
          select: { top: 5, minScore: 1 }
        rules:
          - id: seed
            when:
              - fact: assessment
            then:
              derive: { fact: echo, values: { n: 0 } }
          - id: echo-again
            when:
              - fact: echo
                as: e
            then:
              derive: { fact: echo, values: { n: e.n + 1 } }
          - id: recorded
            when:
              - fact: priority
                as: p
              - fact: trend
                as: t
                where: t.category in p.covers
            then:
              propose: p
              score: { volume: t.count }
              because: "{t.category}"
        """;

    /// <summary>Writes the catalogue and a root (<see cref="RootText"/> unless given) to a new temp folder.</summary>
    public TinyRules(string rootText = RootText)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "catalogue.yaml"), CatalogueText + "\n");
        File.WriteAllText(Root, rootText + "\n");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "priorities-tests", Guid.NewGuid().ToString("N"));

    public string Root => Path.Combine(Folder, "tiny.yaml");

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
