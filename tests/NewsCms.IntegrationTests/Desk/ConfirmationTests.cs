using System.Net;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>"Are you sure" pages that work without script, posting to the actions' own routes.</summary>
[Collection(SharedApp.Name)]
public sealed class ConfirmationTests(NewsCmsApplication app) : AppTest(app)
{
    [Theory]
    [InlineData("unpublish", "Unpublish", ArticleStatus.Unpublished)]
    [InlineData("archive", "Archive", ArticleStatus.Archived)]
    public async Task The_confirmation_page_asks_first_and_its_form_does_it(string what, string button, ArticleStatus after)
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync();
        var editor_page = await editor.PageAsync(EditUrl(id));
        Assert.Equal($"/admin/articles/{id}/confirm/{what}", editor_page.QuerySelector($"form#confirm-{what}")!.GetAttribute("action"));

        var page = await editor.PageAsync($"/admin/articles/{id}/confirm/{what}");

        Assert.Contains("Are you sure", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(id)).Status);
        var form = page.QuerySelector("form[method=post]")!;
        Assert.Equal(EditUrl(id), form.GetAttribute("action"));
        Assert.Equal([button], page.ButtonTexts());
        using var confirmed = await editor.PostFormAsync(EditUrl(id), new() { ["command"] = form.QuerySelector("input[name=command]")!.GetAttribute("value")! }, $"/admin/articles/{id}/confirm/{what}");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(after, (await App.ArticleAsync(id)).Status);
    }

    [Fact]
    public async Task Restore_revision_asks_first_on_its_own_page()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("First headline"));
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Second headline"));
        var first = await App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MinAsync(db.ArticleRevisions, r => r.Id));

        var page = await editor.PageAsync($"/admin/articles/{id}/confirm/restore?revision={first}");

        Assert.Equal($"/admin/articles/{id}/restore", page.QuerySelector("form[method=post]")!.GetAttribute("action"));
        Assert.Equal(["Restore revision"], page.ButtonTexts());
        Assert.Equal("Second headline", (await App.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task Someone_the_action_refuses_is_refused_the_page_too()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await editor.PublishedStoryAsync();

        using var refused = await reporter.GetAsync($"/admin/articles/{id}/confirm/unpublish");
        using var unknown = await editor.GetAsync($"/admin/articles/{id}/confirm/delete-everything");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
