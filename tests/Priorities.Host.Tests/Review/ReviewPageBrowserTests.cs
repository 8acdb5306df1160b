using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Priorities.Host.Tests.Http;

namespace Priorities.Host.Tests.Review;

/// <summary>
/// The review page end to end: the real <c>priorities serve</c>, the page in headless chromium, and every figure on
/// it checked against what the API answers for the same request.
/// </summary>
public sealed class ReviewPageBrowserTests(ReviewBrowser browser) : IClassFixture<ReviewBrowser>
{
    private const string Oxford = "oxford-city-2024";
    private const string Skipped = "/usr/bin/chromium is not installed (.ci/run installs it), so the review page is not checked in a browser.";

    [SkippableFact]
    public async Task Page_ChooseOxford_TableIsTheApisProposal()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/");
        await page.SelectOptionAsync("#assessment", Oxford);
        var plan = await ProposeAsync(Oxford, string.Empty);
        await WaitForOrderAsync(page, Ids(plan));

        var rows = await page.Locator("#ranking tbody tr").AllAsync();
        var expected = plan.GetProperty("priorities").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = await rows[i].Locator("td, th").AllInnerTextsAsync();
            Assert.Equal(expected[i].GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture), cells[0]);
            Assert.StartsWith(expected[i].GetProperty("title").GetString()!, cells[1], StringComparison.Ordinal);
            Assert.Equal(expected[i].GetProperty("score").GetDouble(), Number(cells[3]), 3);
        }
        Assert.Equal(expected.Length, await page.Locator("#chart svg rect.bar").CountAsync());
        Assert.EndsWith("/plans/" + Oxford, page.Url, StringComparison.Ordinal);
        AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_ExpandPriority_ShowsItsBreakdownRowsAndAScreenshot()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var plan = await ProposeAsync(Oxford, string.Empty);
        await WaitForOrderAsync(page, Ids(plan));
        var first = plan.GetProperty("priorities")[0];
        var id = first.GetProperty("id").GetString();

        await page.Locator($"#detail-{id} > summary").ClickAsync();
        var rows = await page.Locator($"#detail-{id} table.breakdown tbody tr").AllAsync();
        var breakdown = first.GetProperty("breakdown").EnumerateArray().ToArray();
        Assert.Equal(breakdown.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = await rows[i].Locator("th, td").AllInnerTextsAsync();
            Assert.Equal(breakdown[i].GetProperty("dimension").GetString(), cells[0]);
            Assert.Equal(breakdown[i].GetProperty("weight").GetDouble(), Number(cells[1]), 3);
            Assert.Equal(breakdown[i].GetProperty("score").GetDouble(), Number(cells[2]), 3);
            Assert.Equal(breakdown[i].GetProperty("contribution").GetDouble(), Number(cells[3]), 3);
        }
        Assert.Equal(first.GetProperty("rationale").GetArrayLength(), await page.Locator($"#detail-{id} > ul").First.Locator("li").CountAsync());
        Assert.Equal("true", await page.Locator($"#detail-{id}").EvaluateAsync<string>("d => String(d.open)"));
        var shot = Path.Combine(AppContext.BaseDirectory, "review-page.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_HarmSliderToZero_TableIsTheApisWhatIf()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var own = await ProposeAsync(Oxford, string.Empty);
        var whatIf = await ProposeAsync(Oxford, "?weights=harm:0");
        Assert.NotEqual(Ids(own), Ids(whatIf));
        await WaitForOrderAsync(page, Ids(own));

        var slider = page.Locator("#w-harm");
        await slider.FocusAsync();
        await slider.PressAsync("Home");
        await WaitForOrderAsync(page, Ids(whatIf));

        Assert.Equal("0", await slider.InputValueAsync());
        Assert.Contains("harm weight 0", await slider.GetAttributeAsync("aria-valuetext"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#what-if").IsVisibleAsync());
        var moved = Ids(own).Where((id, i) => Ids(whatIf).IndexOf(id) != i).Count()
            + Ids(whatIf).Count(id => !Ids(own).Contains(id));
        Assert.Equal(moved, await page.Locator("#mover-list li").CountAsync());
        Assert.Contains(requests, r => r.Contains("weights=harm%3A0", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "review-page-what-if.png") });

        await page.Locator("#reset").ClickAsync();
        await WaitForOrderAsync(page, Ids(own));
        Assert.False(await page.Locator("#what-if").IsVisibleAsync());
        AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_PastedAssessment_TableIsTheApisProposal()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/");
        await page.Locator("#assessment option[value='" + Oxford + "']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("details.panel > summary").First.ClickAsync();
        await page.Locator("#paste").FillAsync(await File.ReadAllTextAsync(TestApi.OxfordSample));
        await page.Locator("#use-pasted").ClickAsync();

        await WaitForOrderAsync(page, Ids(await ProposeAsync(Oxford, string.Empty)));
        Assert.Contains(requests, r => r.EndsWith("/v1/proposals", StringComparison.Ordinal));
        AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_PublicView_NeverShowsSensitiveEvidence()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var full = await ExpandedTextAsync("/plans/" + ReviewBrowser.SensitiveId);
        var shown = await ExpandedTextAsync("/plans/" + ReviewBrowser.SensitiveId + "?public=true");

        Assert.Contains(ReviewBrowser.SensitivePhrase, full, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewBrowser.SensitivePhrase, shown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Page_HowRobust_ShowsTheAnalysisOrSaysItIsMissing()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var plan = await ProposeAsync(Oxford, string.Empty);
        await WaitForOrderAsync(page, Ids(plan));
        using var probe = await browser.Client.PostAsync("v1/proposals/sensitivity?spread=20&samples=2000&seed=1",
            TestApi.Body(await AssessmentJsonAsync(Oxford), "application/json"));

        await page.Locator("#robust").ClickAsync();
        await page.Locator("#robustness > *").First.WaitForAsync();
        if (probe.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            Assert.Contains("404", await page.Locator("#robustness").InnerTextAsync(), StringComparison.Ordinal);
        }
        else
        {
            var analysis = JsonDocument.Parse(await probe.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(analysis.GetProperty("priorities").GetArrayLength(), await page.Locator("#robust-table tbody tr").CountAsync());
            Assert.Contains("τ", await page.Locator("#tau").InnerTextAsync(), StringComparison.Ordinal);
        }
        AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_Axe_NoSeriousOrCriticalViolations()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, _) = await browser.OpenAsync("/plans/" + Oxford);
        await WaitForOrderAsync(page, Ids(await ProposeAsync(Oxford, string.Empty)));
        await page.Locator("details.priority > summary").First.ClickAsync();

        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad));
        await page.Context.CloseAsync();
    }

    private async Task<string> ExpandedTextAsync(string path)
    {
        var (page, _) = await browser.OpenAsync(path);
        await page.Locator("details.priority").First.WaitForAsync();
        foreach (var summary in await page.Locator("details.priority > summary").AllAsync()) await summary.ClickAsync();
        var text = await page.ContentAsync();
        await page.Context.CloseAsync();
        return text;
    }

    private async Task<string> AssessmentJsonAsync(string id) =>
        await browser.Client.GetStringAsync("v1/assessments/" + id);

    private async Task<JsonElement> ProposeAsync(string id, string query)
    {
        using var response = await browser.Client.PostAsync("v1/proposals" + query, TestApi.Body(await AssessmentJsonAsync(id), "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static List<string> Ids(JsonElement plan) =>
        plan.GetProperty("priorities").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

    private static async Task WaitForOrderAsync(IPage page, IReadOnlyList<string> ids) =>
        await page.WaitForFunctionAsync(
            "ids => JSON.stringify([...document.querySelectorAll('#ranking tbody tr')].map(r => r.dataset.id)) === JSON.stringify(ids)",
            ids);

    private void AssertSameOrigin(List<string> requests)
    {
        var origin = browser.Address.GetLeftPart(UriPartial.Authority);
        lock (requests)
        {
            Assert.NotEmpty(requests);
            Assert.All(requests, r => Assert.True(r.StartsWith(origin + "/", StringComparison.Ordinal) || r.StartsWith("data:", StringComparison.Ordinal), r));
        }
    }

    private static double Number(string text) =>
        double.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
