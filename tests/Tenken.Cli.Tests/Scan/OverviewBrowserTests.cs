using Microsoft.Playwright;

namespace Tenken.Cli.Tests.Scan;

/// <summary>
/// The HTML overview in a real browser (Debian's chromium through Playwright): it loads with no request leaving the
/// page, the search filters the table, the cue words are highlighted, and the ordinance text never runs as markup.
/// Skipped without chromium unless TENKEN_REQUIRE_BROWSER=1.
/// </summary>
public sealed class OverviewBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Overview_works_offline_searches_and_highlights_cues()
    {
        await using var page = await OpenAsync();
        var (tab, requests, dialogs, errors) = (page.Page, page.Requests, page.Dialogs, page.ConsoleErrors);

        Assert.Equal([page.Url], requests);
        Assert.Empty(dialogs);
        Assert.Empty(errors);

        var rows = tab.Locator("#findings tbody tr");
        var total = await rows.CountAsync();
        Assert.True(total > 5, $"only {total} rows");
        Assert.Equal($"{total:N0} 件中 {total:N0} 件を表示", await tab.Locator("#count").TextContentAsync());

        var mark = tab.Locator("#findings tbody tr mark").First;
        Assert.True(await mark.IsVisibleAsync());
        var background = await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);

        await tab.Locator("#q").FillAsync("押印");
        var visible = tab.Locator("#findings tbody tr:not([hidden])");
        await WaitUntilAsync(async () => await visible.CountAsync() < total);
        var shown = await visible.CountAsync();
        Assert.InRange(shown, 1, total - 1);
        foreach (var text in await visible.AllTextContentsAsync())
            Assert.Contains("押印", text, StringComparison.Ordinal);
        Assert.Equal($"{total:N0} 件中 {shown:N0} 件を表示", await tab.Locator("#count").TextContentAsync());
        Assert.True(await visible.First.Locator("mark").First.IsVisibleAsync());

        await tab.Locator("#q").FillAsync("");
        await tab.Locator("#cat").SelectOptionAsync("SEAL");
        foreach (var cell in await visible.Locator("td:nth-child(3)").AllTextContentsAsync())
            Assert.Equal("押印規制", cell);

        await tab.Locator("#cat").SelectOptionAsync("");
        await tab.Locator("#q").FillAsync("alert('x')");
        await WaitUntilAsync(async () => await visible.CountAsync() is > 0 and < 5);
        var injected = await visible.First.Locator("td.text").TextContentAsync();
        Assert.Contains("<script>alert('x')</script><img src=\"http://evil.example/x.png\">", injected, StringComparison.Ordinal);
        Assert.Equal(0, await tab.Locator("td.text script, td.text img").CountAsync());
        Assert.Equal([page.Url], requests);
        Assert.Empty(dialogs);
    }

    /// <summary>Polls (the page's CSP forbids the eval behind WaitForFunction); the search applies after a short debounce.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
            await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(await condition(), "the page did not reach the expected state in 5 s");
    }

    private sealed record OpenPage(IPlaywright Playwright, IBrowser Browser, IPage Page, string Url, List<string> Requests, List<string> Dialogs, List<string> ConsoleErrors)
        : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }

    private static async Task<OpenPage> OpenAsync()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("TENKEN_REQUIRE_BROWSER") == "1")
                Assert.Fail($"{Chromium} is missing but TENKEN_REQUIRE_BROWSER=1 (apt-get install chromium fonts-noto-cjk)");
            Assert.Skip($"{Chromium} is absent (apt-get install chromium fonts-noto-cjk to run the browser test)");
        }
        var dir = Support.Tenken.TempFolder();
        var html = Path.Combine(dir, "overview.html");
        var result = await Support.Tenken.RunAsync("scan", "samples/egov", Support.Tenken.Fixture("injection"), "-o", html);
        Assert.True(result.ExitCode == 0, result.Stderr);

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var url = new Uri(html).AbsoluteUri;
        var requests = new List<string>();
        var dialogs = new List<string>();
        var errors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new OpenPage(playwright, browser, page, url, requests, dialogs, errors);
    }
}
