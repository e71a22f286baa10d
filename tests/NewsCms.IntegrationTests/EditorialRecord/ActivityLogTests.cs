using Microsoft.EntityFrameworkCore;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.EditorialRecord;

/// <summary>One log of who did what and when: state changes, corrections, takedowns, role changes and moderation, filterable by admins.</summary>
[Collection(SharedApp.Name)]
public sealed class ActivityLogTests(NewsCmsApplication app) : AppTest(app)
{
    private Task<List<ActivityEntry>> EntriesAsync() =>
        App.WithDbAsync(db => db.ActivityLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task State_changes_corrections_and_takedowns_are_logged_with_who_and_when()
    {
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var editor = await App.SignedInClientAsync(editorAccount);
        var id = await editor.NewDraftAsync(Story());
        await editor.PressOkAsync(EditUrl(id), "Publish", Story());
        (await editor.PostFormAsync($"/admin/articles/{id}/corrections", new() { ["Kind"] = "Update", ["Text"] = "Added the vote count." }, EditUrl(id))).Dispose();
        (await editor.PostFormAsync($"/admin/articles/{id}/takedown", new() { ["PublicReason"] = "Legal.", ["InternalReason"] = "Court order." }, EditUrl(id))).Dispose();

        var entries = await EntriesAsync();

        Assert.Equal([ActivityAction.Created, ActivityAction.Published, ActivityAction.Corrected, ActivityAction.TakenDown], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(editorAccount.Id, e.ActorId));
        Assert.All(entries, e => Assert.Equal(id, e.ArticleId));
        Assert.All(entries, e => Assert.Equal(App.Clock.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task Role_changes_and_moderation_actions_appear_in_the_admin_log()
    {
        var adminAccount = await App.CreateStaffAsync(Roles.Admin);
        using var admin = await App.SignedInClientAsync(adminAccount);
        var reporter = await App.CreateStaffAsync(Roles.Reporter);
        (await admin.PostFormAsync($"/admin/users/{reporter.Id}/edit", new() { ["DisplayName"] = "Ada Reporter", ["AuthorSlug"] = "ada", ["Roles[0]"] = Roles.Editor })).Dispose();
        var articleId = (await App.ImportAsync(Samples.Seed)).Article!.Id;
        var commentId = await App.AddCommentAsync(articleId, "Reader", "Nice.", NewsCms.Core.Comments.CommentStatus.Pending);
        (await admin.PostFormAsync($"/moderation/comments/{commentId}", new() { ["verb"] = "Approve" }, "/moderation")).Dispose();

        var page = await admin.PageAsync("/admin/activity");

        var actions = page.QuerySelectorAll("tr.activity__row").Select(r => r.GetAttribute("data-action")).ToList();
        Assert.Contains("RolesChanged", actions);
        Assert.Contains("Approve", actions);
        Assert.Contains("Published", actions);
        var roleRow = page.QuerySelector("tr.activity__row[data-action=RolesChanged]")!;
        Assert.Contains("Ada Reporter", roleRow.TextContent, StringComparison.Ordinal);
        Assert.Equal(adminAccount.Id, (await EntriesAsync()).Single(e => e.Action == ActivityAction.RolesChanged).ActorId);
    }

    [Fact]
    public async Task The_log_filters_by_person_article_and_action()
    {
        var annAccount = await App.CreateStaffAsync(Roles.Editor);
        using var ann = await App.SignedInClientAsync(annAccount);
        using var bo = await App.SignedInClientAsync(Roles.Editor);
        using var admin = await App.SignedInClientAsync(Roles.Admin);
        await ann.PublishedStoryAsync(Story("Ann's story"));
        var bosStory = await bo.PublishedStoryAsync(Story("Bo's story"));

        static List<string> Rows(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tr.activity__row").Select(r => r.QuerySelector(".activity__action")!.TextContent).ToList();

        var byAnn = await admin.PageAsync($"/admin/activity?person={annAccount.Id}");
        Assert.Equal(["Published", "Created"], Rows(byAnn));
        Assert.All(byAnn.QuerySelectorAll(".activity__who"), w => Assert.NotEqual("The system", w.TextContent));

        var byArticle = await admin.PageAsync($"/admin/activity?article={bosStory}");
        Assert.Equal(2, Rows(byArticle).Count);
        Assert.All(byArticle.QuerySelectorAll("tr.activity__row a"), a => Assert.Equal("Bo's story", a.TextContent));

        var published = await admin.PageAsync("/admin/activity?action=Published");
        Assert.Equal(["Published", "Published"], Rows(published));
    }
}
