using NewsCms.Core.Comments;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;

namespace NewsCms.BrowserTests;

/// <summary>At 320 px no public page scrolls sideways, whatever a headline, standfirst, body or comment holds.</summary>
[Collection(SharedBrowser.Name)]
public sealed class NarrowScreenTests(BrowserApplication app) : AppTest<BrowserApplication>(app)
{
    private const string LongWord = "Supercalifragilisticexpialidocious-and-a-very-long-url-https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public async Task No_public_page_scrolls_sideways_at_320_pixels()
    {
        var article = await App.PublishAsync($"Headline {LongWord}", new DateOnly(2024, 3, 1), body: $"A body with {LongWord} in it.", standfirst: $"Standfirst {LongWord}");
        for (var i = 1; i <= 12; i++)
            await App.FileAsync(article, sectionId: await App.AddSectionAsync($"Section number {i}", $"section-{i}"));
        await App.AddCommentAsync(article.Id, "Ada", $"A comment with {LongWord}", CommentStatus.Approved);
        var url = ArticleUrl.For(article.PublishedOn!.Value, article.Slug);

        var page = await App.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        foreach (var path in new[] { "/", url, "/section/section-12", "/search?q=body", "/corrections", "/about" })
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            // What overflows, for the failure message: anything wider than the screen that does not scroll itself.
            var widest = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > 330 && getComputedStyle(e).overflowX === 'visible').map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')");
            Assert.True(width <= 320, $"{path} is {width} px wide at a 320 px viewport ({widest})");
        }
    }
}
