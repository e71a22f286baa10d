using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Editing;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Editing;

/// <summary>Two people on one story: conflicts lose nothing, the soft lock tells and can be taken over, autosave stays private.</summary>
[Collection(SharedApp.Name)]
public sealed class NoLostEditsTests(NewsCmsApplication app) : AppTest(app)
{
    private static string VersionOf(AngleSharp.Dom.IDocument page) => page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    [Fact]
    public async Task Two_editors_save_from_the_same_version_and_the_second_sees_both_texts_with_nothing_lost()
    {
        using var ann = await App.SignedInClientAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        var id = await ann.NewDraftAsync(Story("Opening headline", "Opening body."));
        var annForm = await ann.PageAsync(EditUrl(id));
        var boForm = await bo.PageAsync(EditUrl(id));

        await ann.PressOkAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Ann's headline", "Ann's body.")) { ["Version"] = VersionOf(annForm) });
        using var response = await bo.PressAsync(EditUrl(id), "SaveDraft", new Dictionary<string, string>(Story("Bo's headline", "Bo's body.")) { ["Version"] = VersionOf(boForm) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.NotNull(page.QuerySelector(".conflict[role=alert]"));
        Assert.Equal("Ann's headline", page.QuerySelector("#theirs-heading + .version-text .version-text__headline")!.TextContent);
        Assert.Equal("Ann's body.", page.QuerySelector("#theirs-heading + .version-text .version-text__body")!.TextContent);
        Assert.Equal("Bo's headline", page.QuerySelector("#yours-heading + .version-text .version-text__headline")!.TextContent);
        Assert.Equal("Bo's body.", page.QuerySelector("textarea#Body")!.TextContent.Trim());
        var stored = await App.ArticleAsync(id);
        Assert.Equal("Ann's headline", stored.Headline);
        Assert.Equal("Ann's body.", stored.BodyMarkdown);
    }

    [Fact]
    public async Task Opening_an_article_another_person_is_editing_shows_the_banner_and_take_over_moves_the_lock()
    {
        var annAccount = await App.CreateStaffAsync(Roles.Editor);
        using var ann = await App.SignedInClientAsync(annAccount);
        var boAccount = await App.CreateStaffAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(boAccount);
        var id = await ann.NewDraftAsync(Story());
        await ann.PageAsync(EditUrl(id));

        var boPage = await bo.PageAsync(EditUrl(id));
        var banner = boPage.QuerySelector(".lock-banner")!;
        Assert.Contains("is editing since", banner.TextContent, StringComparison.Ordinal);
        Assert.Contains(await App.WithDbAsync(db => db.Users.Where(u => u.Id == annAccount.Id).Select(u => u.DisplayName).SingleAsync()), banner.TextContent, StringComparison.Ordinal);

        using var takeOver = await bo.PostFormAsync($"/admin/articles/{id}/lock/take-over", new(), EditUrl(id));

        Assert.Equal(HttpStatusCode.Redirect, takeOver.StatusCode);
        Assert.Equal(boAccount.Id, (await App.WithDbAsync(db => db.EditLocks.SingleAsync(l => l.ArticleId == id))).UserId);
        Assert.Null((await bo.PageAsync(EditUrl(id))).QuerySelector(".lock-banner"));
        Assert.NotNull((await ann.PageAsync(EditUrl(id))).QuerySelector(".lock-banner"));
    }

    [Fact]
    public async Task A_lock_without_a_heartbeat_lapses_after_two_minutes()
    {
        using var ann = await App.SignedInClientAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        var id = await ann.NewDraftAsync(Story());
        await ann.PageAsync(EditUrl(id));
        App.Clock.Advance(EditLock.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Null((await bo.PageAsync(EditUrl(id))).QuerySelector(".lock-banner"));
    }

    [Fact]
    public async Task A_heartbeat_keeps_the_lock()
    {
        using var ann = await App.SignedInClientAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        var id = await ann.NewDraftAsync(Story());
        await ann.PageAsync(EditUrl(id));
        App.Clock.Advance(TimeSpan.FromSeconds(90));

        using var beat = await ann.PostFormAsync($"/admin/articles/{id}/lock/heartbeat", new(), EditUrl(id));
        App.Clock.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(HttpStatusCode.OK, beat.StatusCode);
        Assert.NotNull((await bo.PageAsync(EditUrl(id))).QuerySelector(".lock-banner"));
    }

    [Fact]
    public async Task Autosave_never_overwrites_the_published_text_and_the_editor_offers_it_back()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.PublishedStoryAsync(Story("Published headline", "Published body."));
        App.Clock.Advance(TimeSpan.FromSeconds(5));

        using var autosave = await editor.PostFormAsync($"/admin/articles/{id}/autosave", new(Story("Half-typed headline", "Half-typed body.")), EditUrl(id));

        Assert.Equal(HttpStatusCode.NoContent, autosave.StatusCode);
        var article = await App.ArticleAsync(id);
        Assert.Equal("Published headline", article.Headline);
        Assert.Equal("Published body.", article.BodyMarkdown);
        var page = await editor.PageAsync(EditUrl(id));
        var offer = page.QuerySelector(".autosave-offer a")!;
        Assert.StartsWith("Restore your autosaved text from", offer.TextContent, StringComparison.Ordinal);
        var restored = await editor.PageAsync(offer.GetAttribute("href")!);
        Assert.Equal("Half-typed headline", restored.QuerySelector("input#Headline")!.GetAttribute("value"));
        Assert.Equal("Published headline", (await App.ArticleAsync(id)).Headline);
    }

    [Fact]
    public async Task An_autosave_is_the_persons_own_and_others_are_not_offered_it()
    {
        using var ann = await App.SignedInClientAsync(Roles.Editor);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        var id = await ann.NewDraftAsync(Story());
        App.Clock.Advance(TimeSpan.FromSeconds(5));
        using var autosave = await ann.PostFormAsync($"/admin/articles/{id}/autosave", new(Story("Ann's unsaved")), EditUrl(id));

        Assert.Null((await bo.PageAsync(EditUrl(id))).QuerySelector(".autosave-offer"));
        Assert.Equal(1, await App.WithDbAsync(db => db.Autosaves.CountAsync(a => a.ArticleId == id)));
    }
}
