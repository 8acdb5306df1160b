using System.Globalization;
using System.Text.Json;
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
    /// <summary>The collection of the tests that share it.</summary>
    public const string Collection = "review page in chromium";

    /// <summary>The sample the tests open.</summary>
    public const string Oxford = "oxford-city-2024";

    /// <summary>Why the tests skip without the browser.</summary>
    public const string Missing =
        "/usr/bin/chromium is not installed (.ci/run installs it), so the review page is not checked in a browser.";

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

    /// <summary>The served assessment of an id, as JSON.</summary>
    public async Task<string> AssessmentJsonAsync(string id) =>
        await Client.GetStringAsync("v1/assessments/" + id);

    /// <summary>What <c>POST /v1/proposals{query}</c> answers for the served assessment of an id.</summary>
    public async Task<JsonElement> ProposeAsync(string id, string query)
    {
        using var response = await Client.PostAsync("v1/proposals" + query, TestApi.Body(await AssessmentJsonAsync(id), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A plan's priority ids in rank order.</summary>
    public static List<string> Ids(JsonElement plan) =>
        plan.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

    /// <summary>Waits until the ranking table lists exactly these ids, in this order.</summary>
    public static async Task WaitForOrderAsync(IPage page, IReadOnlyList<string> ids) =>
        await page.WaitForFunctionAsync(
            "ids => JSON.stringify([...document.querySelectorAll('#ranking tbody tr')].map(r => r.dataset.id)) === JSON.stringify(ids)",
            ids);

    /// <summary>Every request went to the server's own origin.</summary>
    public void AssertSameOrigin(List<string> requests)
    {
        var origin = Address.GetLeftPart(UriPartial.Authority);
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, r => Assert.True(r.StartsWith(origin + "/", StringComparison.Ordinal) || r.StartsWith("data:", StringComparison.Ordinal), r));
        }
    }

    /// <summary>A number as the page writes it (en-GB, thousands separated).</summary>
    public static double Number(string text) =>
        double.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The page's HTML at a path once every priority is opened.</summary>
    public async Task<string> ExpandedTextAsync(string path)
    {
        var (page, _) = await OpenAsync(path);
        await page.Locator("details.priority").First.WaitForAsync();
        foreach (var summary in await page.Locator("details.priority > summary").AllAsync()) await summary.ClickAsync();
        var text = await page.ContentAsync();
        await page.Context.CloseAsync();
        return text;
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
