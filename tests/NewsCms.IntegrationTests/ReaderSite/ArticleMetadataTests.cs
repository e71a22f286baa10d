using System.Text.Json;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.ReaderSite;

[Collection(SharedApp.Name)]
public sealed class ArticleMetadataTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task Seed_article_carries_news_article_json_ld()
    {
        await App.ImportAsync(Samples.Seed);

        var page = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var data = json.RootElement;

        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1")!.Text(), data.GetProperty("headline").GetString());
        Assert.Equal("WASHINGTON", data.GetProperty("dateline").GetString());
        Assert.Equal("http://localhost" + Samples.SeedUrl, data.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        foreach (var name in new[] { "datePublished", "dateModified" })
        {
            var text = data.GetProperty(name).GetString()!;
            Assert.Matches(@"T\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$", text);
        }
        Assert.False(string.IsNullOrEmpty(data.GetProperty("author")[0].GetProperty("name").GetString()));
        var publisher = data.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrEmpty(publisher.GetProperty("name").GetString()));
        Assert.EndsWith("/img/logo.png", publisher.GetProperty("logo").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, (await App.GetAsync("/img/logo.png")).Status is System.Net.HttpStatusCode.OK ? 200 : 0);
    }

    [Fact]
    public async Task Article_page_has_open_graph_and_twitter_tags()
    {
        await App.ImportAsync(Samples.Seed);

        var page = await Html.ParseAsync((await App.GetAsync(Samples.SeedUrl)).Html);
        string? Meta(string key) => page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

        Assert.Equal("article", Meta("og:type"));
        Assert.Equal(page.QuerySelector("h1")!.Text(), Meta("og:title"));
        Assert.Equal("http://localhost" + Samples.SeedUrl, Meta("og:url"));
        Assert.False(string.IsNullOrEmpty(Meta("og:site_name")));
        Assert.False(string.IsNullOrEmpty(Meta("og:description")));
        Assert.False(string.IsNullOrEmpty(Meta("article:published_time")));
        Assert.False(string.IsNullOrEmpty(Meta("article:modified_time")));
        Assert.Equal("summary", Meta("twitter:card"));
        Assert.Equal("http://localhost" + Samples.SeedUrl, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Script_in_a_headline_cannot_break_out_of_the_json_ld()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Why </script><script>alert(1)</script> matters"));
        var article = await App.ArticleAsync(id);

        var (_, html) = await App.GetAsync($"/{article.PublishedOn:yyyy}/{article.PublishedOn:MM}/{article.PublishedOn:dd}/{article.Slug}");
        var page = await Html.ParseAsync(html);

        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Why </script><script>alert(1)</script> matters", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Staff_author_is_a_person_with_a_url()
    {
        var author = await App.AddAuthorAsync("Ann Lee", "ann-lee", null);
        var article = await App.PublishAsync("Court rules", new DateOnly(2024, 2, 1));
        await App.FileAsync(article, authorId: author);

        var page = await Html.ParseAsync((await App.GetAsync("/2024/02/01/court-rules")).Html);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        var person = json.RootElement.GetProperty("author")[0];
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Ann Lee", person.GetProperty("name").GetString());
        Assert.Equal("http://localhost/author/ann-lee", person.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Editor_is_warned_of_what_readers_and_search_engines_will_miss()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var fields = Story(new string('H', 120), "See [the report](http://example.com/report).");
        var id = await editor.NewDraftAsync(fields);

        var page = await editor.PageAsync(EditUrl(id));
        var warnings = page.QuerySelectorAll(".publication-warnings li").Select(li => li.Text()).ToList();

        Assert.Contains(warnings, w => w.Contains("no standfirst", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("120 characters", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("http://example.com/report", StringComparison.Ordinal));

        // Warnings, not errors: publishing still works.
        await editor.PressOkAsync(EditUrl(id), "Publish", fields);
    }

    [Fact]
    public async Task A_complete_story_shows_no_warnings()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var fields = Story();
        fields["Standfirst"] = "A short summary.";
        var id = await editor.NewDraftAsync(fields);

        var page = await editor.PageAsync(EditUrl(id));

        Assert.Null(page.QuerySelector(".publication-warnings"));
    }
}
