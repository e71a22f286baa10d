using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class ReaderJourneyTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string Headline = "North Korea Aids Russia in Ukraine War with Munitions Supply";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var seed = (await App.ImportAsync(Samples.Seed)).Article!;
        await App.FileAsync(seed, sectionId: await App.AddSectionAsync("World", "world"));
        App.ConsoleErrors.Clear();
    }

    [Fact]
    public async Task Reader_opens_the_front_page_clicks_the_seed_and_reads_the_article()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();

        await page.ArrivedAtAsync($"**{Samples.SeedUrl}");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        Assert.Equal(Headline, await heading.InnerTextAsync());
        Assert.Equal("October 14, 2023", await page.Locator("article header time").InnerTextAsync());
        var paragraphs = await page.Locator("article .story__body p").AllInnerTextsAsync();
        Assert.Equal(10, paragraphs.Count);
        Assert.StartsWith("WASHINGTON \u2014 In a recent announcement", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("The international community now watches", paragraphs[^1], StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Comments (0)" }).IsVisibleAsync());
        Assert.Empty(App.ConsoleErrors);
    }

    [Fact]
    public async Task Keyboard_user_can_skip_to_the_content()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync(Samples.SeedUrl);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        Assert.True(await skip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Samples.SeedUrl)]
    [InlineData("/no-such-page")]
    [InlineData("/section/world")]
    [InlineData("/search?q=munitions")]
    [InlineData("/search")]
    public async Task Pages_have_no_serious_accessibility_violations(string url)
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync(url);

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.Empty(serious);
    }

    [Fact]
    public async Task Reader_searches_for_a_word_of_the_seed_and_opens_the_result()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("munitions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        // Waits for the new URL to commit, then lets the assertions wait for what they read: waiting for the
        // "load" event of the results page timed out now and then on a loaded 2-core machine.
        await page.ArrivedAtAsync("**/search?q=munitions");
        await Assertions.Expect(page.Locator(".search-result__snippet mark").First).ToHaveTextAsync("munitions");
        await page.GetByRole(AriaRole.Link, new() { Name = Headline }).ClickAsync();
        await page.ArrivedAtAsync($"**{Samples.SeedUrl}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Headline);
        Assert.Empty(App.ConsoleErrors);
    }

    [Fact]
    public async Task Reader_follows_a_section_from_the_header()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "World" }).ClickAsync();

        await page.ArrivedAtAsync("**/section/world");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = Headline }).IsVisibleAsync());
    }

    [Theory]
    [InlineData(Samples.SeedUrl)]
    [InlineData("/")]
    [InlineData("/section/world")]
    [InlineData("/search?q=munitions")]
    public async Task Page_fits_a_320_pixel_screen_without_sideways_scrolling(string url)
    {
        var page = await App.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync(url);

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow);
    }
}
