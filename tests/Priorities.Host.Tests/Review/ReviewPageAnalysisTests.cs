using System.Text.Json;
using Deque.AxeCore.Playwright;
using Priorities.Host.Tests.Http;

namespace Priorities.Host.Tests.Review;

/// <summary>
/// The review page's public view, robustness analysis and accessibility, in headless chromium against the real
/// <c>priorities serve</c>.
/// </summary>
[Collection(ReviewBrowser.Collection)]
public sealed class ReviewPageAnalysisTests(ReviewBrowser browser)
{
    private const string Oxford = ReviewBrowser.Oxford;
    private const string Skipped = ReviewBrowser.Missing;

    [SkippableFact]
    public async Task Page_PublicView_NeverShowsSensitiveEvidence()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var full = await browser.ExpandedTextAsync("/plans/" + ReviewBrowser.SensitiveId);
        var shown = await browser.ExpandedTextAsync("/plans/" + ReviewBrowser.SensitiveId + "?public=true");

        Assert.Contains(ReviewBrowser.SensitivePhrase, full, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewBrowser.SensitivePhrase, shown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Page_HowRobust_ShowsTheServersAnalysis()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var plan = await browser.ProposeAsync(Oxford, string.Empty);
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(plan));
        using var probe = await browser.Client.PostAsync("v1/proposals/sensitivity?spread=20&samples=2000&seed=1",
            TestApi.Body(await browser.AssessmentJsonAsync(Oxford), "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, probe.StatusCode);

        await page.Locator("#robust").ClickAsync();
        await page.Locator("#robust-table tbody tr").First.WaitForAsync();

        var analysis = JsonDocument.Parse(await probe.Content.ReadAsStringAsync()).RootElement;
        var rows = page.Locator("#robust-table tbody tr");
        Assert.Equal(analysis.GetProperty("priorities").GetArrayLength(), await rows.CountAsync());
        var first = analysis.GetProperty("priorities")[0];
        var firstRow = await rows.First.InnerTextAsync();
        Assert.Contains(first.GetProperty("title").GetString()!, firstRow, StringComparison.Ordinal);
        Assert.Contains(first.GetProperty("verdict").GetString()!, firstRow, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("τ", await page.Locator("#tau").InnerTextAsync(), StringComparison.Ordinal);
        browser.AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The robustness table against the sensitivity endpoint's agreed JSON (issue 14, item 2), given to the page by
    /// Playwright in place of the server's answer, so the rendering is checked whether or not the endpoint is merged.
    /// </summary>
    [SkippableFact]
    public async Task Page_HowRobust_RendersTheSensitivityContract()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, _) = await browser.OpenAsync("/plans/" + Oxford);
        var ids = ReviewBrowser.Ids(await browser.ProposeAsync(Oxford, string.Empty));
        await ReviewBrowser.WaitForOrderAsync(page, ids);
        var analysis = new
        {
            ruleSet = new { id = "oxford-csp" }, spread = 0.2, samples = 2000, seed = 1, tau = new { median = 0.933, p5 = 0.812 },
            priorities = ids.Select((id, i) => new
            {
                id, title = "Title " + id, rank = (int?)(i + 1), selected = true, rankLow = i + 1, rankHigh = i + 2,
                selectedProbability = i == 0 ? 0.61 : 1.0, verdict = i == 0 ? "marginal" : "stable",
                reason = i == 0 ? "leaves the plan when harm falls 30%" : "selected in every sample",
                flip = i == 0 ? new { dimension = "harm", from = 3.0, to = 2.1, change = -0.9 } : null,
            }).ToArray(),
        };
        string? asked = null;
        await page.RouteAsync("**/v1/proposals/sensitivity*", route =>
        {
            asked = route.Request.Url;
            return route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = JsonSerializer.Serialize(analysis) });
        });

        await page.Locator("#robust").ClickAsync();
        await page.Locator("#robust-table tbody tr").First.WaitForAsync();
        var first = await page.Locator("#robust-table tbody tr").First.Locator("th, td").AllInnerTextsAsync();
        Assert.Equal(ids.Count, await page.Locator("#robust-table tbody tr").CountAsync());
        Assert.Equal(["Title " + ids[0], "1", "1–2", "61%", "marginal", "leaves the plan when harm falls 30%", "harm from 3 to 2.1 (-0.9)"], first);
        Assert.Contains("median 0.933, 5th percentile 0.812", await page.Locator("#tau").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("spread=20&samples=2000&seed=1", asked, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_Axe_NoSeriousOrCriticalViolations()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, _) = await browser.OpenAsync("/plans/" + Oxford);
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(await browser.ProposeAsync(Oxford, string.Empty)));
        await page.Locator("details.priority > summary").First.ClickAsync();

        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad));
        await page.Context.CloseAsync();
    }
}
