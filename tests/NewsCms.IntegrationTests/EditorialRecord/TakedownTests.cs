using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.EditorialRecord;

/// <summary>A takedown removes a story from every surface and answers 410 with the public reason; the internal one is kept.</summary>
[Collection(SharedApp.Name)]
public sealed class TakedownTests(NewsCmsApplication app) : AppTest(app)
{
    private static Task<HttpResponseMessage> TakeDownAsync(HttpClient editor, int id, string publicReason, string internalReason) =>
        editor.PostFormAsync($"/admin/articles/{id}/takedown", new() { ["PublicReason"] = publicReason, ["InternalReason"] = internalReason }, EditUrl(id));

    [Fact]
    public async Task A_takedown_answers_410_with_the_public_reason_and_the_story_is_gone_from_every_published_surface()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Story under legal challenge"));
        var article = await App.ArticleAsync(id);
        var url = $"/{article.PublishedOn:yyyy}/{article.PublishedOn:MM}/{article.PublishedOn:dd}/{article.Slug}";
        using var reader = App.CreatePlainClient();
        Assert.Contains("Story under legal challenge", await reader.GetStringAsync("/"), StringComparison.Ordinal);

        using var response = await TakeDownAsync(editor, id, "Removed following a court order.", "Injunction 2026/1234, counsel advised.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var gone = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("Removed following a court order.", (await gone.DocumentAsync()).QuerySelector(".takedown__reason")!.TextContent);
        Assert.DoesNotContain("Story under legal challenge", await reader.GetStringAsync("/"), StringComparison.Ordinal);

        // Listings, search, feeds and sitemaps all read ArticleQueries.Published(): the story is not in it.
        Assert.False(await App.WithDbAsync(db => db.Articles.Published().AnyAsync(a => a.Id == id)));
        var takedown = await App.WithDbAsync(db => db.Takedowns.SingleAsync(t => t.ArticleId == id));
        Assert.Equal("Injunction 2026/1234, counsel advised.", takedown.InternalReason);
        Assert.Equal(ArticleStatus.TakenDown, (await App.ArticleAsync(id)).Status);
        Assert.DoesNotContain("Injunction", await (await reader.GetAsync(url)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_takedown_without_reasons_is_refused_beside_each_field_and_nothing_changes()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();

        using var response = await TakeDownAsync(editor, id, "", " ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("Give the reason readers will see.", page.ReasonBeside("PublicReason"));
        Assert.Equal("Give the reason the newsroom keeps.", page.ReasonBeside("InternalReason"));
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(id)).Status);
        Assert.Equal(0, await App.WithDbAsync(db => db.Takedowns.CountAsync()));
    }

    [Fact]
    public async Task A_reporter_cannot_take_down()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await editor.PublishedStoryAsync();

        using var response = await reporter.PostFormAsync($"/admin/articles/{id}/takedown", new() { ["PublicReason"] = "x", ["InternalReason"] = "y" }, "/account/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(id)).Status);
    }
}
