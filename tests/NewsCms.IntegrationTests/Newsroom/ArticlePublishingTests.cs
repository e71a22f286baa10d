using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.ReaderSite;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>From the editor to the public site: URLs, re-publication, edits after publication, slugs and bylines.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticlePublishingTests(NewsCmsApplication app) : IAsyncLifetime
{
    private NewsroomOptions Newsroom => app.Services.GetRequiredService<NewsroomOptions>();

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Editor_publishes_and_the_story_is_at_todays_newsroom_date()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());

        await editor.PressOkAsync(EditUrl(id), "Publish", Story());

        var article = await app.ArticleAsync(id);
        var today = Newsroom.DayOf(app.Clock.GetUtcNow());
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(today, article.PublishedOn);
        Assert.Equal(app.Clock.GetUtcNow(), article.PublishedAt);
        var url = $"/{today:yyyy}/{today:MM}/{today:dd}/council-approves-the-riverside-park";
        var (status, html) = await app.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Council approves the riverside park", (await Html.ParseAsync(html)).QuerySelector("h1")!.Text());

        var page = await editor.PageAsync(EditUrl(id));
        Assert.Equal("Published.", page.QuerySelector("[role=status]")!.Text());
        Assert.Equal("Published", page.QuerySelector(".editor__state .status")!.Text());
        Assert.Equal(url, page.QuerySelector($".editor__state a[href='{url}']")!.Text());
    }

    [Fact]
    public async Task Unpublishing_then_publishing_again_keeps_the_first_url()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        var first = await app.ArticleAsync(id);
        var url = ArticleUrl.For(first.PublishedOn!.Value, first.Slug);

        await editor.PressOkAsync(EditUrl(id), "Unpublish", Story());
        Assert.Equal(ArticleStatus.Unpublished, (await app.ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Gone, (await app.GetAsync(url)).Status);

        // A day later (the sign-in cookie has run out by then, so sign in again).
        app.Clock.Advance(TimeSpan.FromDays(1));
        using var nextDay = await app.SignedInClientAsync(Roles.Editor);
        await nextDay.PressOkAsync(EditUrl(id), "Publish", Story());

        var again = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, again.Status);
        Assert.Equal(first.PublishedOn, again.PublishedOn);
        Assert.Equal(first.PublishedAt, again.PublishedAt);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(url)).Status);
    }

    [Fact]
    public async Task Editing_a_published_story_keeps_it_published_and_moves_updated()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        var published = await app.ArticleAsync(id);
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Council approves the riverside park, with changes"));

        var edited = await app.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Published, edited.Status);
        Assert.Equal("Council approves the riverside park, with changes", edited.Headline);
        Assert.Equal(app.Clock.GetUtcNow(), edited.UpdatedAt);
        Assert.Equal(published.PublishedAt, edited.PublishedAt);
        Assert.Equal(published.Slug, edited.Slug);
        var page = await editor.PageAsync(EditUrl(id));
        Assert.Equal("Changes saved; the article is still published.", page.QuerySelector("[role=status]")!.Text());
        var (_, html) = await app.GetAsync(ArticleUrl.For(edited.PublishedOn!.Value, edited.Slug));
        Assert.Equal("Council approves the riverside park, with changes", (await Html.ParseAsync(html)).QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Saving_a_published_story_is_checked_strictly()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();

        using var response = await editor.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string> { ["Headline"] = "", ["Body"] = "Still here." });

        Assert.Equal("Write a headline.", (await response.DocumentAsync()).ReasonBeside("Headline"));
        Assert.Equal("Council approves the riverside park", (await app.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task The_slug_is_editable_before_publication_and_fixed_after()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(new Dictionary<string, string>(Story()) { ["Slug"] = "park-vote" });
        Assert.Equal("park-vote", (await app.ArticleAsync(id)).Slug);

        await editor.PressOkAsync(EditUrl(id), "Publish", new Dictionary<string, string>(Story()) { ["Slug"] = "riverside-park" });
        var published = await app.ArticleAsync(id);
        Assert.Equal("riverside-park", published.Slug);

        await editor.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story()) { ["Slug"] = "something-else" });

        Assert.Equal("riverside-park", (await app.ArticleAsync(id)).Slug);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync(ArticleUrl.For(published.PublishedOn!.Value, "riverside-park"))).Status);
        var slug = (await editor.PageAsync(EditUrl(id))).QuerySelector("input#Slug")!;
        Assert.True(slug.HasAttribute("readonly"));
        Assert.Equal("riverside-park", slug.GetAttribute("value"));
    }

    [Fact]
    public async Task A_slug_left_empty_follows_the_headline_until_publication()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("First headline"));
        Assert.Equal("first-headline", (await app.ArticleAsync(id)).Slug);
        Assert.Equal("", (await editor.PageAsync(EditUrl(id))).QuerySelector("input#Slug")!.GetAttribute("value"));

        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Second headline"));

        Assert.Equal("second-headline", (await app.ArticleAsync(id)).Slug);
    }

    [Fact]
    public async Task Staff_authors_are_the_public_byline_in_order_and_link_to_their_pages()
    {
        var ann = await app.CreateStaffAsync(Roles.Reporter);
        var bo = await app.CreateStaffAsync(Roles.Editor);
        var names = await app.WithDbAsync(db => db.Users.ToDictionaryAsync(u => u.Id, u => (u.DisplayName, u.AuthorSlug)));
        using var editor = await app.SignedInClientAsync(bo);
        List<KeyValuePair<string, string>> fields = [.. Story(), new("Byline", "Staff"), new("AuthorIds", bo.Id), new("AuthorIds", ann.Id)];
        var id = await editor.NewDraftAsync(fields);
        Assert.Equal([bo.Id, ann.Id], (await app.ArticleAsync(id)).Authors.OrderBy(a => a.Position).Select(a => a.UserId));

        await editor.PressOkAsync(EditUrl(id), "Publish", fields);

        var article = await app.ArticleAsync(id);
        var (_, html) = await app.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));
        var byline = (await Html.ParseAsync(html)).QuerySelector(".meta__byline")!;
        Assert.Equal($"By {names[bo.Id].DisplayName} and {names[ann.Id].DisplayName}", byline.Text());
        Assert.Equal([$"/author/{names[bo.Id].AuthorSlug}", $"/author/{names[ann.Id].AuthorSlug}"], byline.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        var chosen = (await editor.PageAsync(EditUrl(id))).QuerySelectorAll("#AuthorIds option[selected]").Select(o => o.GetAttribute("value"));
        Assert.Equal([bo.Id, ann.Id], chosen);
    }

    [Fact]
    public async Task Without_staff_authors_the_free_text_byline_is_shown()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(new Dictionary<string, string>(Story()) { ["Byline"] = "Reuters" });

        var article = await app.ArticleAsync(id);
        var (_, html) = await app.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));

        Assert.Equal("By Reuters", (await Html.ParseAsync(html)).QuerySelector(".meta__byline")!.Text());
    }

    [Fact]
    public async Task The_dateline_is_printed_in_house_style_on_the_public_page()
    {
        using var editor = await app.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(new Dictionary<string, string>(Story()) { ["DatelinePlace"] = "NEW YORK", ["DatelineSource"] = "AP" });

        var article = await app.ArticleAsync(id);
        var (_, html) = await app.GetAsync(ArticleUrl.For(article.PublishedOn!.Value, article.Slug));

        Assert.Equal("NEW YORK (AP) \u2014", (await Html.ParseAsync(html)).QuerySelector(".story__body .dateline")!.Text());
    }
}
