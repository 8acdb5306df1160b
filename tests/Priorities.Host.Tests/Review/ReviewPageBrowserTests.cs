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
[Collection(ReviewBrowser.Collection)]
public sealed class ReviewPageBrowserTests(ReviewBrowser browser)
{
    private const string Oxford = ReviewBrowser.Oxford;
    private const string Skipped = ReviewBrowser.Missing;

    [SkippableFact]
    public async Task Page_ChooseOxford_TableIsTheApisProposal()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/");
        await page.SelectOptionAsync("#assessment", Oxford);
        var plan = await browser.ProposeAsync(Oxford, string.Empty);
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(plan));

        var rows = await page.Locator("#ranking tbody tr").AllAsync();
        var expected = plan.GetProperty("priorities").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = await rows[i].Locator("td, th").AllInnerTextsAsync();
            Assert.Equal(expected[i].GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture), cells[0]);
            Assert.StartsWith(expected[i].GetProperty("title").GetString()!, cells[1], StringComparison.Ordinal);
            Assert.Equal(expected[i].GetProperty("score").GetDouble(), ReviewBrowser.Number(cells[3]), 3);
        }
        Assert.Equal(expected.Length, await page.Locator("#chart svg rect.bar").CountAsync());
        Assert.EndsWith("/plans/" + Oxford, page.Url, StringComparison.Ordinal);
        browser.AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_ExpandPriority_ShowsItsBreakdownRowsAndAScreenshot()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var plan = await browser.ProposeAsync(Oxford, string.Empty);
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(plan));
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
            Assert.Equal(breakdown[i].GetProperty("weight").GetDouble(), ReviewBrowser.Number(cells[1]), 3);
            Assert.Equal(breakdown[i].GetProperty("score").GetDouble(), ReviewBrowser.Number(cells[2]), 3);
            Assert.Equal(breakdown[i].GetProperty("contribution").GetDouble(), ReviewBrowser.Number(cells[3]), 3);
        }
        Assert.Equal(first.GetProperty("rationale").GetArrayLength(), await page.Locator($"#detail-{id} > ul").First.Locator("li").CountAsync());
        Assert.Equal("true", await page.Locator($"#detail-{id}").EvaluateAsync<string>("d => String(d.open)"));
        var shot = Path.Combine(AppContext.BaseDirectory, "review-page.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        browser.AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Page_HarmSliderToZero_TableIsTheApisWhatIf()
    {
        Skip.IfNot(ReviewBrowser.Available, Skipped);
        var (page, requests) = await browser.OpenAsync("/plans/" + Oxford);
        var own = await browser.ProposeAsync(Oxford, string.Empty);
        var whatIf = await browser.ProposeAsync(Oxford, "?weights=harm:0");
        Assert.NotEqual(ReviewBrowser.Ids(own), ReviewBrowser.Ids(whatIf));
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(own));

        var slider = page.Locator("#w-harm");
        await slider.FocusAsync();
        await slider.PressAsync("Home");
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(whatIf));

        Assert.Equal("0", await slider.InputValueAsync());
        Assert.Contains("harm weight 0", await slider.GetAttributeAsync("aria-valuetext"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#what-if").IsVisibleAsync());
        var moved = ReviewBrowser.Ids(own).Where((id, i) => ReviewBrowser.Ids(whatIf).IndexOf(id) != i).Count()
            + ReviewBrowser.Ids(whatIf).Count(id => !ReviewBrowser.Ids(own).Contains(id));
        Assert.Equal(moved, await page.Locator("#mover-list li").CountAsync());
        Assert.Contains(requests, r => r.Contains("weights=harm%3A0", StringComparison.Ordinal));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "review-page-what-if.png") });

        await page.Locator("#reset").ClickAsync();
        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(own));
        Assert.False(await page.Locator("#what-if").IsVisibleAsync());
        browser.AssertSameOrigin(requests);
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

        await ReviewBrowser.WaitForOrderAsync(page, ReviewBrowser.Ids(await browser.ProposeAsync(Oxford, string.Empty)));
        Assert.Contains(requests, r => r.EndsWith("/v1/proposals", StringComparison.Ordinal));
        browser.AssertSameOrigin(requests);
        await page.Context.CloseAsync();
    }
}
