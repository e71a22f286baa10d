using Deque.AxeCore.Playwright;
using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.BrowserTests;

/// <summary>axe finds no violation of any impact on any public page (issue 12, item 18).</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    [Fact]
    public async Task Public_pages_have_no_accessibility_violations_of_any_impact()
    {
        var seed = (await App.ImportAsync(Samples.Seed)).Article!;
        await App.FileAsync(seed, sectionId: await App.AddSectionAsync("World", "world"), tagId: await App.AddTagAsync("War", "war"));
        var comment = await App.AddCommentAsync(seed.Id, "Ada", "A first comment.", CommentStatus.Approved);

        var page = await App.NewPageAsync();
        var found = new List<string>();
        foreach (var url in new[] { "/", Samples.SeedUrl, $"{Samples.SeedUrl}/comments/reply/{comment}", "/section/world", "/tag/war", "/search?q=munitions", "/search", "/corrections", "/about", "/no-such-page" })
        {
            await page.GotoAsync(url);
            var results = await page.RunAxe();
            found.AddRange(results.Violations.Select(v => $"{url} {v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})"));
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
