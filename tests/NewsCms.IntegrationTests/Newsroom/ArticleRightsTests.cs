using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Newsroom;

/// <summary>Who may not do what, whatever they post: refusals are 403 (or 404, 400) and leave the article as it was.</summary>
[Collection(SharedApp.Name)]
public sealed class ArticleRightsTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task A_reporters_crafted_publish_is_forbidden_and_changes_nothing()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(Story());

        using var response = await reporter.PressAsync(EditUrl(id), "Publish", Story("Published by a reporter?"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var article = await App.ArticleAsync(id);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.PublishedAt);
        Assert.Equal("Council approves the riverside park", article.Headline);
    }

    [Theory]
    [InlineData("Schedule")]
    [InlineData("Unpublish")]
    [InlineData("Archive")]
    public async Task A_reporters_crafted_editor_command_is_forbidden(string command)
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(Story());

        using var response = await reporter.PressAsync(EditUrl(id), command, new Dictionary<string, string>(Story()) { ["PublishAt"] = "2099-01-01T09:00" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task A_reporters_crafted_unpublish_time_is_forbidden()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await reporter.NewDraftAsync(Story());

        using var response = await reporter.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story()) { ["UnpublishAt"] = "2099-01-01T09:00" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await App.ArticleAsync(id)).ExpiresAt);
    }

    [Fact]
    public async Task A_reporter_cannot_open_or_save_another_reporters_draft()
    {
        using var author = await App.SignedInClientAsync(Roles.Reporter);
        using var colleague = await App.SignedInClientAsync(Roles.Reporter);
        var id = await author.NewDraftAsync(Story());

        using var opened = await colleague.GetAsync(EditUrl(id));
        using var saved = await colleague.PressAsync(EditUrl(id), "SaveDraft", Story("Taken over"), formPage: NewUrl);
        using var previewed = await colleague.PressAsync(EditUrl(id), "Preview", Story("Taken over"), formPage: NewUrl);

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, previewed.StatusCode);
        Assert.Equal("Council approves the riverside park", (await App.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task A_reporter_can_read_but_not_edit_their_story_once_published()
    {
        var staff = await App.CreateStaffAsync(Roles.Reporter);
        using var reporter = await App.SignedInClientAsync(staff);
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await reporter.NewDraftAsync(Story());
        await editor.PressOkAsync(EditUrl(id), "Publish", Story());

        using var opened = await reporter.GetAsync(EditUrl(id));
        using var saved = await reporter.PressAsync(EditUrl(id), "SaveDraft", Story("Quietly changed"), formPage: NewUrl);

        // They may still look at it, read-only and with no buttons; saving is refused.
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var page = await opened.Content.ReadAsStringAsync();
        Assert.Contains("can no longer be changed", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Save draft<", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.Equal("Council approves the riverside park", (await App.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task An_editor_sees_an_archived_story_read_only_and_cannot_change_it()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story());
        await editor.PressOkAsync(EditUrl(id), "Archive", Story());

        var page = await editor.PageAsync(EditUrl(id));
        using var saved = await editor.PressAsync(EditUrl(id), "SaveDraft", Story("Changed"));

        Assert.True(page.QuerySelector("fieldset.form__fields")!.HasAttribute("disabled"));
        Assert.Empty(page.Buttons());
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task An_unknown_article_is_not_found()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using var opened = await editor.GetAsync(EditUrl(999999));
        using var saved = await editor.PressAsync(EditUrl(999999), "SaveDraft", Story(), formPage: NewUrl);

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, saved.StatusCode);
    }

    [Fact]
    public async Task An_unknown_command_is_a_bad_request_and_saves_nothing()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);

        using var response = await editor.PressAsync(NewUrl, "Delete", Story());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(Story()) { ["command"] = "SaveDraft" });

        using var response = await editor.PostAsync(NewUrl, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Articles.CountAsync()));
    }
}
