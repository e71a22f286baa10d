using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;
using static NewsCms.IntegrationTests.Infrastructure.ArticleEditing;

namespace NewsCms.IntegrationTests.EditorialRecord;

/// <summary>Every save keeps a full, immutable snapshot; any two compare; an old one restores as a new one.</summary>
[Collection(SharedApp.Name)]
public sealed class RevisionTests(NewsCmsApplication app) : AppTest(app)
{
    private Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        App.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task Every_revision_field_is_captured()
    {
        var writer = await App.CreateStaffAsync(Roles.Editor);
        using var editor = await App.SignedInClientAsync(writer);
        var sectionId = await App.WithDbAsync(async db =>
        {
            var section = new NewsCms.Core.Sections.Section("Local news", "local-news");
            db.Sections.Add(section);
            await db.SaveChangesAsync();
            return section.Id;
        });
        var fields = new List<KeyValuePair<string, string>>(Story("Park opens", "The park *opened*."))
        {
            new("Standfirst", "A short summary."),
            new("DatelinePlace", "SPRINGFIELD"),
            new("DatelineSource", "AP"),
            new("SectionId", sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Tags", "Parks, Council"),
            new("AuthorIds", writer.Id),
            new("Byline", "Staff"),
            new("Slug", "park-opens-today"),
        };

        var id = await editor.NewDraftAsync(fields);

        var revision = Assert.Single(await RevisionsAsync(id));
        Assert.Equal("Park opens", revision.Headline);
        Assert.Equal("A short summary.", revision.Standfirst);
        Assert.Equal("SPRINGFIELD", revision.DatelinePlace);
        Assert.Equal("AP", revision.DatelineSource);
        Assert.Equal("The park *opened*.", revision.BodyMarkdown);
        Assert.Equal(sectionId, revision.SectionId);
        Assert.Equal("Local news", revision.SectionName);
        Assert.Equal(["Parks", "Council"], revision.Tags.Order().Reverse());
        Assert.Equal([writer.Id], revision.AuthorIds);
        Assert.Equal("Staff", revision.Byline);
        Assert.Equal("park-opens-today", revision.Slug);
        Assert.Equal(ArticleStatus.Draft, revision.Status);
        Assert.Equal(writer.Id, revision.ById);
        Assert.Equal(App.Clock.GetUtcNow(), revision.At);
    }

    [Fact]
    public async Task Each_save_and_the_scheduled_publisher_add_a_revision_and_the_history_lists_them()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("First headline"));
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Second headline"));
        await editor.PressOkAsync(EditUrl(id), "Publish", Story("Second headline"));

        var revisions = await RevisionsAsync(id);
        Assert.Equal(["First headline", "Second headline", "Second headline"], revisions.Select(r => r.Headline));
        Assert.Equal(ArticleStatus.Published, revisions[^1].Status);

        var page = await editor.PageAsync($"/admin/articles/{id}/history");
        var rows = page.QuerySelectorAll("tr.history__row");
        Assert.Equal(3, rows.Length);
        Assert.Contains("Headline", rows[1].QuerySelector(".history__changed")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Status", rows[0].QuerySelector(".history__changed")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("select#from option").Length);
        Assert.Equal(revisions[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("select#to option")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Compare_shows_what_changed_in_each_field_encoded()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("Old headline", "The <b>council</b> voted on Tuesday."));
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("New headline", "The <b>council</b> voted on Wednesday."));
        var revisions = await RevisionsAsync(id);

        var page = await editor.PageAsync($"/admin/articles/{id}/compare?from={revisions[0].Id}&to={revisions[1].Id}");

        var body = page.QuerySelector("dd[data-field=Body]")!;
        Assert.Equal("Tuesday.", body.QuerySelector("del")!.TextContent);
        Assert.Equal("Wednesday.", body.QuerySelector("ins")!.TextContent);
        Assert.Null(body.QuerySelector("b"));
        Assert.Equal("Old", page.QuerySelector("dd[data-field=Headline] del")!.TextContent);
    }

    [Fact]
    public async Task A_restore_makes_a_new_revision_and_keeps_the_old_ones()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("Original headline", "Original body."));
        await editor.PressOkAsync(EditUrl(id), "SaveDraft", Story("Rewritten headline", "Rewritten body."));
        var before = await RevisionsAsync(id);

        using var response = await editor.PostFormAsync($"/admin/articles/{id}/restore", new() { ["RevisionId"] = before[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/articles/{id}/history");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await App.ArticleAsync(id);
        Assert.Equal("Original headline", article.Headline);
        Assert.Equal("Original body.", article.BodyMarkdown);
        var after = await RevisionsAsync(id);
        Assert.Equal(3, after.Count);
        Assert.Equal(["Original headline", "Rewritten headline", "Original headline"], after.Select(r => r.Headline));
    }

    [Fact]
    public async Task Restoring_a_revision_of_another_article_is_refused_beside_the_field_and_changes_nothing()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        var id = await editor.NewDraftAsync(Story("Mine"));
        var other = await editor.NewDraftAsync(Story("Other"));
        var foreign = (await RevisionsAsync(other))[0].Id;

        using var response = await editor.PostFormAsync($"/admin/articles/{id}/restore", new() { ["RevisionId"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture) }, EditUrl(id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("That revision is not one of this article's; choose one from its history.", (await response.DocumentAsync()).ReasonBeside("Restore.RevisionId"));
        Assert.Equal("Mine", (await App.ArticleAsync(id)).Headline);
        Assert.Single(await RevisionsAsync(id));
    }

    [Fact]
    public async Task A_reporter_cannot_restore_someone_elses_article()
    {
        using var editor = await App.SignedInClientAsync(Roles.Editor);
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        var id = await editor.NewDraftAsync(Story("Editor's"));
        var revision = (await RevisionsAsync(id))[0].Id;

        using var response = await reporter.PostFormAsync($"/admin/articles/{id}/restore", new() { ["RevisionId"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/account/login");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
