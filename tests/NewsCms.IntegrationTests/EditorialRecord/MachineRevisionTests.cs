using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.EditorialRecord;

/// <summary>The importer and the scheduled publisher save articles too; their saves are revisions like anyone's.</summary>
[Collection(SharedApp.Name)]
public sealed class MachineRevisionTests(NewsCmsApplication app) : AppTest(app)
{
    private Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        App.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task An_import_makes_a_published_revision_by_the_system_and_logs_the_publication()
    {
        var id = (await App.ImportAsync(Samples.Seed)).Article!.Id;

        var revision = Assert.Single(await RevisionsAsync(id));
        Assert.Equal(ArticleStatus.Published, revision.Status);
        Assert.Equal("system", revision.ById);
        Assert.False(string.IsNullOrEmpty(revision.BodyMarkdown));
        var entry = await App.WithDbAsync(db => db.ActivityLog.SingleAsync(e => e.ArticleId == id));
        Assert.Equal(ActivityAction.Published, entry.Action);
    }

    [Fact]
    public async Task The_scheduled_publisher_records_the_slug_change_and_the_publication_with_tags_kept()
    {
        await App.SettlePublisherAsync();
        var at = App.Clock.GetUtcNow().AddMinutes(10);
        await App.AddPublishedAsync("Election results", day: App.Newsroom().DayOf(at));
        var scheduled = await App.AddScheduledAsync("Election results", at);
        await App.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == scheduled);
            article.SetTags([new NewsCms.Core.Tags.Tag("Elections", "elections")]);
            await db.SaveChangesAsync();
        });
        // The app's own background publisher wakes when the clock moves: its run finishes before this one starts,
        // so neither passes the row by (SKIP LOCKED) while the other still holds it.
        await App.Publisher().RunAfterAsync(() => App.Clock.Advance(TimeSpan.FromMinutes(12)), _ => true);

        await App.RunScheduleAsync();

        Assert.Equal(2, (await RevisionsAsync(scheduled)).Count);
        var last = (await RevisionsAsync(scheduled))[^1];
        Assert.Equal("election-results-2", last.Slug);
        Assert.Equal(ArticleStatus.Published, last.Status);
        Assert.Equal(["Elections"], last.Tags);
        Assert.Equal("system", last.ById);
        Assert.Equal(at, last.At);
    }
}
