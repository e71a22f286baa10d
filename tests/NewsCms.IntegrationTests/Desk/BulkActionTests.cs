using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.Desk;

/// <summary>Issue 14, item 7: bulk actions on /admin/articles, each story through its own transition rule.</summary>
[Collection(SharedApp.Name)]
public sealed class BulkActionTests(NewsCmsApplication app) : AppTest(app)
{
    private const string List = "/admin/articles";

    [Fact]
    public async Task Archive_selected_asks_first_naming_the_stories_and_changes_nothing_until_confirmed()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var live = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));

        using var asked = await editor.BulkAsync("archive", [live, draft]);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = await asked.DocumentAsync();
        Assert.Contains("Are you sure", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["Bridge reopens after repairs", "Mayor answers questions"], page.QuerySelectorAll("section.confirm li").Select(li => li.Text()));
        Assert.Equal(["Archive selected"], page.ButtonTexts());
        Assert.Equal("true", page.QuerySelector("input[name=Confirmed]")!.GetAttribute("value"));
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(live)).Status);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(draft)).Status);
    }

    [Fact]
    public async Task Confirmed_archive_moves_each_allowed_story_logs_it_evicts_its_page_and_names_the_refused_one()
    {
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var editor = await App.SignedInClientAsync(editorAccount);
        var live = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));
        var archived = await editor.NewDraftAsync(Story("Old flood warning"));
        await editor.PressOkAsync(EditUrl(archived), "Archive", Story("Old flood warning"));
        var url = ScheduleTestKit.UrlOf(await App.ArticleAsync(live));
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(url)).Status); // now cached

        using var done = await editor.BulkAsync("archive", [live, draft, archived], confirmed: true, back: $"{List}?sort=headline");

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"{List}?sort=headline", done.Headers.Location!.OriginalString);
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(live)).Status);
        Assert.Equal(ArticleStatus.Archived, (await App.ArticleAsync(draft)).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await App.GetAsync(url)).Status);
        var log = await App.WithDbAsync(db => db.ActivityLog.AsNoTracking()
            .Where(e => e.Action == ActivityAction.Archived).OrderBy(e => e.ArticleId).Select(e => new { e.ArticleId, e.ActorId }).ToListAsync());
        Assert.Equal([(live, editorAccount.Id), (draft, editorAccount.Id), (archived, editorAccount.Id)], log.Select(e => (e.ArticleId!.Value, e.ActorId)));
        var notice = Notice(await editor.PageAsync($"{List}?sort=headline"));
        Assert.Equal("2 archived; 1 refused: “Old flood warning” (it is already archived).", notice);
    }

    [Fact]
    public async Task Unpublish_selected_takes_live_stories_off_and_refuses_a_draft_with_its_state()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var first = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var second = await editor.PublishedStoryAsync(Story("School year starts early"));
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));

        (await editor.BulkAsync("unpublish", [first, second, draft], confirmed: true)).Dispose();

        Assert.Equal(ArticleStatus.Unpublished, (await App.ArticleAsync(first)).Status);
        Assert.Equal(ArticleStatus.Unpublished, (await App.ArticleAsync(second)).Status);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(draft)).Status);
        Assert.Equal("2 unpublished; 1 refused: “Mayor answers questions” (it is not published (it is draft)).", Notice(await editor.PageAsync(List)));
        Assert.Equal(2, await App.WithDbAsync(db => db.ActivityLog.CountAsync(e => e.Action == ActivityAction.Unpublished)));
    }

    [Fact]
    public async Task Restore_selected_from_archive_needs_no_confirmation_and_makes_drafts()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var ids = new List<int>();
        foreach (var headline in new[] { "Old flood warning", "Last year's budget" })
        {
            var id = await editor.NewDraftAsync(Story(headline));
            await editor.PressOkAsync(EditUrl(id), "Archive", Story(headline));
            ids.Add(id);
        }

        using var done = await editor.BulkAsync("restore-from-archive", ids);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.All(ids, id => Assert.Equal(ArticleStatus.Draft, App.ArticleAsync(id).GetAwaiter().GetResult().Status));
        Assert.Equal(2, await App.WithDbAsync(db => db.ActivityLog.CountAsync(e => e.Action == ActivityAction.RestoredFromArchive)));
        Assert.Equal("2 restored from the archive.", Notice(await editor.PageAsync(List)));
    }

    [Fact]
    public async Task Reporter_gets_no_bulk_form_and_a_forged_one_is_refused_story_by_story()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var live = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var own = await reporter.NewDraftAsync(Story("My first story"));
        Assert.NotNull((await editor.PageAsync(List)).QuerySelector("form#bulk"));
        var reporterList = await reporter.PageAsync(List);
        Assert.Null(reporterList.QuerySelector("form#bulk"));
        Assert.Empty(reporterList.QuerySelectorAll("input[name=Ids]"));

        (await reporter.BulkAsync("archive", [live, own], confirmed: true, formPage: EditUrl(own))).Dispose();

        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(live)).Status);
        Assert.Equal(ArticleStatus.Draft, (await App.ArticleAsync(own)).Status);
        Assert.Equal(
            "0 archived; 2 refused: “Bridge reopens after repairs” (your role does not allow it (editors and admins only)); “My first story” (your role does not allow it (editors and admins only)).",
            Notice(await reporter.PageAsync(List)));
    }

    [Fact]
    public async Task Nothing_ticked_or_an_unknown_action_changes_nothing()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var live = await editor.PublishedStoryAsync();

        using var empty = await editor.BulkAsync("archive", []);
        var notice = Notice(await editor.PageAsync(List));
        using var unknown = await editor.BulkAsync("delete-everything", [live], confirmed: true);

        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Equal("Nothing was changed: tick the stories first.", notice);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(live)).Status);
    }

    [Fact]
    public async Task The_list_offers_a_box_per_story_in_the_bulk_form_and_the_five_buttons()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("Mayor answers questions"));

        var page = await editor.PageAsync(List);

        var box = Assert.Single(page.QuerySelectorAll("input[name=Ids]"));
        Assert.Equal(("bulk", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (box.GetAttribute("form"), box.GetAttribute("value")));
        Assert.Equal("Select Mayor answers questions", box.GetAttribute("aria-label"));
        Assert.Equal(["Archive selected", "Unpublish selected", "Restore selected from archive", "Move to section", "Add tag"], page.QuerySelectorAll("form#bulk button").Select(b => b.Text()));
        Assert.Equal(List, page.QuerySelector("form#bulk input[name=Back]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Move_to_section_asks_first_then_saves_each_story_with_a_revision_a_log_line_and_a_fresh_page()
    {
        var editorAccount = await App.CreateStaffAsync(Roles.Editor);
        using var editor = await App.SignedInClientAsync(editorAccount);
        var politics = await App.AddSectionAsync("Politics", "politics");
        var live = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));
        var archived = await editor.NewDraftAsync(Story("Old flood warning"));
        await editor.PressOkAsync(EditUrl(archived), "Archive", Story("Old flood warning"));
        var url = ScheduleTestKit.UrlOf(await App.ArticleAsync(live));
        Assert.DoesNotContain("class=\"kicker\"", (await App.GetAsync(url)).Html, StringComparison.Ordinal); // now cached
        var revisionsBefore = await RevisionCountAsync(live);

        using var asked = await editor.BulkAsync("move-to-section", [live, draft], extra: new() { ["TargetSection"] = Id(politics) });
        var confirm = await asked.DocumentAsync();
        Assert.Equal(["Move to section"], confirm.ButtonTexts());
        Assert.Equal(Id(politics), confirm.QuerySelector("input[name=TargetSection]")!.GetAttribute("value"));
        Assert.Null((await App.ArticleAsync(live)).SectionId);

        (await editor.BulkAsync("move-to-section", [live, draft, archived], confirmed: true, extra: new() { ["TargetSection"] = Id(politics) })).Dispose();

        Assert.Equal(politics, (await App.ArticleAsync(live)).SectionId);
        Assert.Equal(politics, (await App.ArticleAsync(draft)).SectionId);
        Assert.Null((await App.ArticleAsync(archived)).SectionId);
        Assert.Equal(ArticleStatus.Published, (await App.ArticleAsync(live)).Status);
        Assert.Equal(revisionsBefore + 1, await RevisionCountAsync(live));
        Assert.Equal("Politics", await App.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == live).OrderByDescending(r => r.Id).Select(r => r.SectionName).FirstAsync()));
        var log = await App.WithDbAsync(db => db.ActivityLog.AsNoTracking().Where(e => e.Action == ActivityAction.MovedToSection)
            .OrderBy(e => e.ArticleId).Select(e => new { e.ArticleId, e.ActorId, e.Detail }).ToListAsync());
        Assert.Equal([(live, editorAccount.Id, "to Politics"), (draft, editorAccount.Id, "to Politics")], log.Select(e => (e.ArticleId!.Value, e.ActorId, e.Detail)));
        var fresh = (await App.GetAsync(url)).Html;
        Assert.Matches("""class="kicker">\s*<a href="/section/politics">Politics</a>""", fresh);
        Assert.Equal("2 moved; 1 refused: “Old flood warning” (it cannot be edited (it is archived)).", Notice(await editor.PageAsync(List)));
    }

    [Fact]
    public async Task Add_tag_creates_the_tag_once_tags_each_story_through_its_save_and_refuses_one_that_has_it()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var live = await editor.PublishedStoryAsync(Story("Bridge reopens after repairs"));
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));
        var url = ScheduleTestKit.UrlOf(await App.ArticleAsync(live));
        Assert.DoesNotContain("Flood defences", (await App.GetAsync(url)).Html, StringComparison.Ordinal); // now cached
        var revisionsBefore = await RevisionCountAsync(live);

        (await editor.BulkAsync("add-tag", [live, draft], confirmed: true, extra: new() { ["TargetTag"] = " Flood defences " })).Dispose();
        (await editor.BulkAsync("add-tag", [draft], confirmed: true, extra: new() { ["TargetTag"] = "flood defences" })).Dispose();

        Assert.Equal(1, await App.WithDbAsync(db => db.Tags.CountAsync(t => t.Slug == "flood-defences")));
        var tagged = await App.WithDbAsync(db => db.Articles.Where(a => a.Tags.Any(t => t.Slug == "flood-defences")).Select(a => a.Id).OrderBy(i => i).ToListAsync());
        Assert.Equal([live, draft], tagged);
        Assert.Equal(revisionsBefore + 1, await RevisionCountAsync(live));
        Assert.Equal(2, await App.WithDbAsync(db => db.ActivityLog.CountAsync(e => e.Action == ActivityAction.TagAdded && e.Detail == "Flood defences")));
        Assert.Contains("Flood defences", (await App.GetAsync(url)).Html, StringComparison.Ordinal);
        Assert.Equal("0 tagged; 1 refused: “Mayor answers questions” (it already has the tag Flood defences).", Notice(await editor.PageAsync(List)));
    }

    [Fact]
    public async Task Move_or_tag_without_a_choice_changes_nothing_and_says_what_to_choose()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var draft = await editor.NewDraftAsync(Story("Mayor answers questions"));
        var revisionsBefore = await RevisionCountAsync(draft);

        (await editor.BulkAsync("move-to-section", [draft], confirmed: true)).Dispose();
        Assert.Equal("Nothing was changed: choose the section to move the stories to.", Notice(await editor.PageAsync(List)));
        (await editor.BulkAsync("add-tag", [draft], confirmed: true, extra: new() { ["TargetTag"] = "  " })).Dispose();
        Assert.Equal("Nothing was changed: type the tag to add.", Notice(await editor.PageAsync(List)));
        using var unknown = await editor.BulkAsync("move-to-section", [draft], confirmed: true, extra: new() { ["TargetSection"] = "987654" });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(revisionsBefore, await RevisionCountAsync(draft));
        Assert.Equal(0, await App.WithDbAsync(db => db.Tags.CountAsync()));
    }

    private Task<int> RevisionCountAsync(int id) => App.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Notice(IDocument page) => page.QuerySelector(".notice-banner")?.Text().Trim();
}

internal static class BulkKit
{
    /// <summary>Posts the list's bulk form as a browser does: one Ids field per ticked box, the list page's token.</summary>
    public static async Task<HttpResponseMessage> BulkAsync(this HttpClient client, string action, IEnumerable<int> ids, bool confirmed = false, string? back = null, string? formPage = null, Dictionary<string, string>? extra = null)
    {
        var token = StaffSignIn.AntiforgeryToken(await client.GetStringAsync(formPage ?? "/admin/articles"));
        var fields = ids.Select(id => new KeyValuePair<string, string>("Ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("Bulk", action))
            .Append(new("__RequestVerificationToken", token))
            .ToList();
        if (confirmed)
            fields.Add(new("Confirmed", "true"));
        if (back is not null)
            fields.Add(new("Back", back));
        if (extra is not null)
            fields.AddRange(extra);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/admin/articles/bulk", content);
    }
}
