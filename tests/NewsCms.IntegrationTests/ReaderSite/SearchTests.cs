using System.Net;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class SearchTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Headline_match_ranks_above_a_body_only_match()
    {
        // The body-only story is newer: recency must not outweigh where the word is.
        await App.PublishAsync("Harbour reopens after storm", new DateOnly(2024, 3, 1), "Boats returned on Monday.");
        await App.PublishAsync("Council meets on Tuesday", new DateOnly(2024, 3, 5), "Members discussed the harbour budget.");

        Assert.Equal(["Harbour reopens after storm", "Council meets on Tuesday"], await HeadlinesAsync("harbour"));
    }

    [Fact]
    public async Task Matches_from_last_month_last_year_and_the_old_archive_are_all_found_newest_first()
    {
        // The candidates are gathered in three windows (ArticleSearch): one story in each.
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().UtcDateTime);
        await App.PublishAsync("Lighthouse keeper retires", today.AddYears(-3), "The lighthouse goes automatic.");
        await App.PublishAsync("Lighthouse repainted", today.AddMonths(-6), "The lighthouse is white again.");
        await App.PublishAsync("Lighthouse opens to visitors", today.AddDays(-1), "The lighthouse welcomes visitors.");

        Assert.Equal(["Lighthouse opens to visitors", "Lighthouse repainted", "Lighthouse keeper retires"], await HeadlinesAsync("lighthouse"));
    }

    [Fact]
    public async Task Quotes_OR_and_minus_word_work()
    {
        await App.PublishAsync("Red bridge closed", new DateOnly(2024, 3, 1), "The red bridge is shut.");
        await App.PublishAsync("Bridge painted red", new DateOnly(2024, 3, 2), "A bridge that was grey is now red.");
        await App.PublishAsync("Tunnel opens", new DateOnly(2024, 3, 3), "A new tunnel.");

        Assert.Equal(["Red bridge closed"], await HeadlinesAsync("\"red bridge\""));
        Assert.Equal(3, (await HeadlinesAsync("tunnel OR bridge")).Count);
        Assert.Equal(["Bridge painted red"], await HeadlinesAsync("bridge -closed"));
    }

    [Fact]
    public async Task The_number_of_matching_stories_is_shown_above_the_results()
    {
        await App.PublishAsync("Ferry timetable changes", new DateOnly(2024, 3, 1), "The ferry leaves earlier.");
        await App.PublishAsync("Ferry strike ends", new DateOnly(2024, 3, 2), "Ferry crews return.");
        await App.PublishAsync("Tunnel opens", new DateOnly(2024, 3, 3), "A new tunnel under the ferry route.");
        await App.PublishAsync("Bridge closed", new DateOnly(2024, 3, 4), "The bridge is shut.");

        var (_, many) = await App.GetAsync("/search?q=ferry");
        var (_, one) = await App.GetAsync("/search?q=tunnel");

        Assert.Equal("3 stories found", (await Html.ParseAsync(many)).QuerySelector(".search-results__count")!.TextContent);
        Assert.Equal("1 story found", (await Html.ParseAsync(one)).QuerySelector(".search-results__count")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("a & b | !c <-> (d:*")]
    [InlineData("%_\\")]
    [InlineData("xqzvbnmwrtp")]
    public async Task Odd_queries_answer_a_friendly_page(string query)
    {
        await App.PublishAsync("Some story", new DateOnly(2024, 3, 1));

        var (status, html) = await App.GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Search</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thousand_character_query_answers_a_friendly_page()
    {
        var (status, html) = await App.GetAsync($"/search?q={new string('w', 600)}%20{new string('z', 399)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Your search was long", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_are_encoded_with_the_matched_word_marked()
    {
        await App.PublishAsync("Budget day", new DateOnly(2024, 3, 1), "The minister wrote <script>alert(1)</script> beside the pelican figures.");

        var (_, html) = await App.GetAsync("/search?q=pelican");
        var page = await Html.ParseAsync(html);

        var snippet = page.QuerySelector(".search-result__snippet")!;
        Assert.Equal("pelican", snippet.QuerySelector("mark")!.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_or_an_unfinished_word_still_finds_the_headline()
    {
        await App.PublishAsync("Immigration figures published", new DateOnly(2024, 3, 1));

        Assert.Equal(["Immigration figures published"], await HeadlinesAsync("imigration"));
        Assert.Equal(["Immigration figures published"], await HeadlinesAsync("immigr"));
    }

    [Fact]
    public async Task Unpublished_story_leaves_search_results()
    {
        var article = await App.PublishAsync("Withdrawn pelican story", new DateOnly(2024, 3, 1));
        await App.UnpublishAsync(article);

        Assert.Empty(await HeadlinesAsync("pelican"));
    }

    [Fact]
    public async Task Standfirst_is_searched()
    {
        await App.PublishAsync("Quiet day", new DateOnly(2024, 3, 1), standfirst: "Nothing about walruses happened.");

        Assert.Equal(["Quiet day"], await HeadlinesAsync("walrus"));
    }

    private async Task<List<string>> HeadlinesAsync(string query)
    {
        var (status, html) = await App.GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, status);
        var page = await Html.ParseAsync(html);
        return page.QuerySelectorAll(".search-result .card h3").Select(h => h.Text()).ToList();
    }
}
