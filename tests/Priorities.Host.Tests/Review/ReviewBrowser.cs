using Microsoft.Playwright;
using Priorities.Host.Tests.Http;

namespace Priorities.Host.Tests.Review;

/// <summary>
/// One <c>priorities serve</c> (the shipped Oxford rules, an assessments folder with the Oxford sample and
/// <see cref="SensitiveCase"/>'s Testshire) and one headless Debian chromium driven by Playwright, shared by the
/// review page's browser tests. Playwright's own browser download is not used: the system chromium is.
/// </summary>
public sealed class ReviewBrowser : IAsyncLifetime
{
    /// <summary>The system chromium the tests drive (<c>.ci/run</c> installs it).</summary>
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The Oxford sample with its robbery trend marked sensitive.</summary>
    public const string SensitiveId = "oxford-sensitive-robbery";

    /// <summary>A phrase only the sensitive robbery trend's evidence and sentences carry.</summary>
    public const string SensitivePhrase = "54 against 32";

    private IPlaywright? _playwright;
    private ServeProcess? _serve;

    /// <summary>Whether the browser is there; the tests skip without it.</summary>
    public static bool Available => File.Exists(Chromium);

    public string Folder { get; } = Directory.CreateTempSubdirectory("priorities-review-").FullName;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _serve!.Address;

    public HttpClient Client { get; private set; } = null!;

    private static string SensitiveOxford()
    {
        const string Robbery = "  - category: robbery\n    area: Oxford\n    count: 54\n";
        var text = File.ReadAllText(TestApi.OxfordSample).ReplaceLineEndings("\n");
        if (!text.Contains(Robbery, StringComparison.Ordinal)) throw new InvalidOperationException("The Oxford sample has no robbery trend of 54.");
        return text.Replace(Robbery, "  - category: robbery\n    area: Oxford\n    sensitive: true\n    count: 54\n", StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        if (!Available) return;
        File.Copy(TestApi.OxfordSample, Path.Combine(Folder, "oxford-city-2024.yaml"));
        await File.WriteAllTextAsync(Path.Combine(Folder, SensitiveId + ".yaml"), SensitiveOxford());
        var rules = Path.Combine(Import.Cli.Root, "rules", "oxford.yaml");
        _serve = await ServeProcess.StartAsync("--rules", rules, "--assessments", Folder);
        Client = new HttpClient { BaseAddress = _serve.Address, Timeout = TimeSpan.FromSeconds(60) };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A new page (1280 px wide) and the list of every URL it requests.</summary>
    public async Task<(IPage Page, List<string> Requests)> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1800 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        await page.GotoAsync(new Uri(Address, path).ToString());
        return (page, requests);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Client?.Dispose();
        if (_serve is not null) await _serve.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
