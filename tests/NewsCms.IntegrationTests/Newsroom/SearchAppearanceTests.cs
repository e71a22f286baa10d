using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Media;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>
/// The optional search title and description: what the reader's page head says with and without them, their
/// limits on the form, and the search result and shared card the editor draws from them.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SearchAppearanceTests(NewsCmsApplication app) : AppTest(app)
{
    private const string Headline = "Council approves the riverside park";
    private const string AppearanceUrl = "/admin/articles/preview/appearance";

    private string Site => App.Services.GetRequiredService<NewsroomOptions>().Name;

    [Fact]
    public async Task Without_search_words_the_head_uses_the_headline_and_standfirst_and_no_tag_is_empty()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(WithFields(("Standfirst", "Work starts in the spring.")));

        var head = await ReaderPageAsync(id);

        Assert.Equal($"{Headline} | {Site}", head.Title);
        Assert.Equal(Headline, head.Meta("og:title"));
        Assert.Equal(Headline, head.Meta("twitter:title"));
        foreach (var key in new[] { "description", "og:description", "twitter:description" })
            Assert.Equal("Work starts in the spring.", head.Meta(key));
        Assert.Equal((Headline, "Work starts in the spring."), (head.Json("headline"), head.Json("description")));
        Assert.Empty(head.Page.QuerySelectorAll("meta[content='']"));
        var article = await App.ArticleAsync(id);
        Assert.Equal((null, null), (article.SeoTitle, article.SeoDescription));
    }

    [Fact]
    public async Task Without_a_standfirst_either_the_description_is_the_body_opening()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story(Headline, "The council voted on Tuesday.\n\nMore follows."));

        var head = await ReaderPageAsync(id);

        Assert.Equal("The council voted on Tuesday.", head.Meta("description"));
        Assert.Equal("The council voted on Tuesday.", head.Json("description"));
    }

    [Fact]
    public async Task The_desks_search_words_lead_the_head_while_the_page_and_json_ld_keep_the_headline()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(WithFields(
            ("Standfirst", "Work starts in the spring."),
            ("SeoTitle", "  Riverside park approved: what changes  "),
            ("SeoDescription", "Trees, a playground and a new bridge: the plan the council passed on Tuesday.")));

        var head = await ReaderPageAsync(id);

        Assert.Equal($"Riverside park approved: what changes | {Site}", head.Title);
        Assert.Equal("Riverside park approved: what changes", head.Meta("og:title"));
        Assert.Equal("Riverside park approved: what changes", head.Meta("twitter:title"));
        foreach (var key in new[] { "description", "og:description", "twitter:description" })
            Assert.Equal("Trees, a playground and a new bridge: the plan the council passed on Tuesday.", head.Meta(key));
        Assert.Equal(Headline, head.Json("headline"));
        Assert.Equal("Trees, a playground and a new bridge: the plan the council passed on Tuesday.", head.Json("description"));
        Assert.Equal(Headline, head.Page.QuerySelector("h1")!.Text());
        Assert.Equal("Work starts in the spring.", head.Page.QuerySelector(".story__standfirst")!.Text());
        Assert.DoesNotContain("what changes", head.Page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Riverside park approved: what changes", (await App.ArticleAsync(id)).SeoTitle);
    }

    [Fact]
    public async Task Updating_the_search_title_of_a_published_story_changes_the_cached_page_at_once()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        Assert.Equal($"{Headline} | {Site}", (await ReaderPageAsync(id)).Title); // now cached

        await editor.PressOkAsync(EditUrl(id), "Update", WithFields(("SeoTitle", "Park approved")));
        Assert.Equal($"Park approved | {Site}", (await ReaderPageAsync(id)).Title);

        await editor.PressOkAsync(EditUrl(id), "Update", WithFields(("SeoTitle", " ")));
        Assert.Equal($"{Headline} | {Site}", (await ReaderPageAsync(id)).Title);
        Assert.Null((await App.ArticleAsync(id)).SeoTitle);
    }

    [Fact]
    public async Task Over_long_search_words_are_refused_beside_each_field_and_nothing_is_saved()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        using var response = await reporter.PressAsync(NewUrl, "SaveDraft", WithFields(("SeoTitle", new string('t', 101)), ("SeoDescription", new string('d', 301))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("The search title is 101 characters; the limit is 100.", page.ReasonBeside("SeoTitle"));
        Assert.Equal("The search description is 301 characters; the limit is 300.", page.ReasonBeside("SeoDescription"));
        Assert.Equal(new string('t', 101), page.QuerySelector("#SeoTitle")!.GetAttribute("value"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task The_editor_shows_the_fields_their_lengths_and_the_search_result_and_card_as_saved()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(WithFields(("Standfirst", "Work starts in the spring."), ("SeoTitle", "Park approved")));

        var page = await reporter.PageAsync(EditUrl(id));

        Assert.Equal("Park approved", page.QuerySelector("#SeoTitle")!.GetAttribute("value"));
        Assert.Equal("13 of about 60 characters", page.QuerySelector("#SeoTitle-count")!.Text());
        Assert.Equal("0 of about 160 characters", page.QuerySelector("#SeoDescription-count")!.Text());
        var previews = page.QuerySelector("[data-appearance-url]")!;
        Assert.Equal((AppearanceUrl, id.ToString(CultureInfo.InvariantCulture)), (previews.GetAttribute("data-appearance-url"), previews.GetAttribute("data-article-id")));
        Assert.Equal($"Park approved | {Site}", previews.QuerySelector(".search-result__title")!.Text());
        Assert.Equal("Work starts in the spring.", previews.QuerySelector(".search-result__description")!.Text());
        var today = App.Services.GetRequiredService<NewsroomOptions>().DayOf(App.Clock.GetUtcNow());
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"http://localhost/{today:yyyy}/{today:MM}/{today:dd}/council-approves-the-riverside-park"), previews.QuerySelector(".search-result__url")!.Text());
        Assert.Equal(("localhost", "Park approved"), (previews.QuerySelector(".share-card__site")!.Text(), previews.QuerySelector(".share-card__title")!.Text()));
        Assert.EndsWith("/img/logo.png", previews.QuerySelector(".share-card__image")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_answer_draws_the_defaults_then_the_desks_words_cut_as_results_show_them()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);

        var defaults = await AppearanceAsync(reporter, new() { ["Headline"] = "Council <b>approves</b> the park", ["Standfirst"] = "Work starts in the spring.", ["Body"] = "Body text." });
        Assert.Equal($"Council <b>approves</b> the park | {Site}", defaults.QuerySelector(".search-result__title")!.Text());
        Assert.Null(defaults.QuerySelector(".search-result__title b"));
        Assert.Equal("Work starts in the spring.", defaults.QuerySelector(".share-card__description")!.Text());

        var longDescription = string.Join(' ', Enumerable.Repeat("words", 40));
        var own = await AppearanceAsync(reporter, new() { ["Headline"] = "Council approves the park", ["SeoTitle"] = "Park approved", ["SeoDescription"] = longDescription, ["Slug"] = "park-vote" });
        Assert.Equal($"Park approved | {Site}", own.QuerySelector(".search-result__title")!.Text());
        Assert.Equal("Park approved", own.QuerySelector(".share-card__title")!.Text());
        var cut = own.QuerySelector(".search-result__description")!.Text();
        Assert.True(cut.Length <= 160 && cut.EndsWith("words\u2026", StringComparison.Ordinal), cut);
        Assert.EndsWith("/park-vote", own.QuerySelector(".search-result__url")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_shows_the_lead_pictures_share_rendition_and_a_published_story_keeps_its_address()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var picture = await editor.DescribedFloodAsync(App);
        var fields = WithFields(("LeadImageId", picture.Id.ToString(CultureInfo.InvariantCulture)));
        var id = await editor.PublishedStoryAsync(fields);
        var publicUrl = await App.PublicUrlAsync(id);

        var card = await AppearanceAsync(editor, new(fields) { ["id"] = id.ToString(CultureInfo.InvariantCulture), ["Slug"] = "another-slug" });

        var image = card.QuerySelector(".share-card__image")!;
        Assert.EndsWith($"/media/{picture.Id}/{picture.Fingerprint}/16x9-1280.jpg", image.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal((MediaKit.FloodAlt, "1280", "720"), (image.GetAttribute("alt"), image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("http://localhost" + publicUrl, card.QuerySelector(".search-result__url")!.Text());
    }

    [Fact]
    public async Task The_live_answer_needs_the_token_and_a_story_the_writer_may_open()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        using var colleague = await App.SignedInClientAsync(Roles.Reporter);
        var theirs = await colleague.NewDraftAsync(Story());

        using var noToken = await reporter.PostAsync(AppearanceUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["Headline"] = "x" }));
        using var notTheirs = await reporter.PostFormAsync(AppearanceUrl, new() { ["id"] = theirs.ToString(CultureInfo.InvariantCulture), ["Headline"] = "x" }, formPage: NewUrl);
        using var missing = await reporter.PostFormAsync(AppearanceUrl, new() { ["id"] = "999999", ["Headline"] = "x" }, formPage: NewUrl);
        using var tooLong = await reporter.PostFormAsync(AppearanceUrl, new() { ["Body"] = new string('a', 200_001) }, formPage: NewUrl);

        Assert.Equal(
            (HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, "application/problem+json"),
            (noToken.StatusCode, notTheirs.StatusCode, missing.StatusCode, tooLong.StatusCode, tooLong.Content.Headers.ContentType?.MediaType));
    }

    private static Dictionary<string, string> WithFields(params (string Name, string Value)[] fields)
    {
        var story = Story();
        foreach (var (name, value) in fields)
            story[name] = value;
        return story;
    }

    private static async Task<IDocument> AppearanceAsync(HttpClient client, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync(AppearanceUrl, fields, formPage: NewUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        return await response.DocumentAsync();
    }

    private async Task<ReaderHead> ReaderPageAsync(int id)
    {
        var (status, html) = await App.GetAsync(await App.PublicUrlAsync(id));
        Assert.Equal(HttpStatusCode.OK, status);
        return new ReaderHead(await Html.ParseAsync(html));
    }

    private sealed record ReaderHead(IDocument Page)
    {
        public string Title => Page.Title!;

        public string? Meta(string key) => Page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

        public string? Json(string property)
        {
            using var json = JsonDocument.Parse(Page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            return json.RootElement.GetProperty(property).GetString();
        }
    }
}
