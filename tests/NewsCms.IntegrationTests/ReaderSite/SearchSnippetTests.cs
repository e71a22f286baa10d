using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.ReaderSite;

/// <summary>A search snippet is the text readers see, never the Markdown it was written in (issue 12, item 10).</summary>
[Collection(SharedApp.Name)]
public sealed class SearchSnippetTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Snippets_carry_no_markdown_and_highlight_a_match_in_the_body()
    {
        // Written in the editor, where the body is Markdown (wire copy is plain text and escaped on import).
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        await editor.PublishedStoryAsync(Story("Council meets", "The **mayor** said \\#1 priority is the _harbour_, see [the plan](https://example.com/plan) & more."));

        var page = await Html.ParseAsync((await App.GetAsync("/search?q=harbour")).Html);

        var snippet = page.QuerySelector(".search-result__snippet")!;
        Assert.Equal("harbour", snippet.QuerySelector("mark")!.Text());
        foreach (var source in new[] { "**", "\\#", "_harbour_", "](", "[the plan]" })
            Assert.DoesNotContain(source, snippet.Text(), StringComparison.Ordinal);
        Assert.Contains("the plan & more", snippet.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standfirst_is_not_printed_above_a_snippet_that_starts_with_it()
    {
        await App.PublishAsync("Budget passes", new DateOnly(2024, 3, 1), "The vote was close.", standfirst: "The council approved the harbour budget.");

        var page = await Html.ParseAsync((await App.GetAsync("/search?q=harbour")).Html);

        Assert.StartsWith("The council approved the harbour budget.", page.QuerySelector(".search-result__snippet")!.Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".search-result .card__standfirst"));
    }
}
