using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.EditorialRecord;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.IntegrationTests.Scheduling;

namespace NewsCms.IntegrationTests.Integrity;

/// <summary>The importer and the scheduled publisher save articles too; their saves are revisions like anyone's.</summary>
[Collection(SharedApp.Name)]
public sealed class MachineRevisionTests(NewsCmsApplication app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<List<ArticleRevision>> RevisionsAsync(int id) =>
        app.WithDbAsync(db => db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task An_import_makes_a_published_revision_by_the_system_and_logs_the_publication()
    {
        var id = (await app.ImportAsync(Samples.Seed)).Article!.Id;

        var revision = Assert.Single(await RevisionsAsync(id));
        Assert.Equal(ArticleStatus.Published, revision.Status);
        Assert.Equal("system", revision.ById);
        Assert.False(string.IsNullOrEmpty(revision.BodyMarkdown));
        var entry = await app.WithDbAsync(db => db.ActivityLog.SingleAsync(e => e.ArticleId == id));
        Assert.Equal(ActivityAction.Published, entry.Action);
    }

    [Fact]
    public async Task The_scheduled_publisher_records_the_slug_change_and_the_publication_with_tags_kept()
    {
        var at = app.Clock.GetUtcNow().AddMinutes(10);
        await app.AddPublishedAsync("Election results", day: app.Newsroom().DayOf(at));
        var scheduled = await app.AddScheduledAsync("Election results", at);
        await app.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == scheduled);
            article.SetTags([new NewsCms.Core.Tags.Tag("Elections", "elections")]);
            await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromMinutes(12));

        await app.RunScheduleAsync();

        // The background publisher may hold the row (SKIP LOCKED) while this run passes it by; wait for its commit.
        Assert.True(await ScheduleTestKit.EventuallyAsync(async () => (await RevisionsAsync(scheduled)).Count == 2));
        var last = (await RevisionsAsync(scheduled))[^1];
        Assert.Equal("election-results-2", last.Slug);
        Assert.Equal(ArticleStatus.Published, last.Status);
        Assert.Equal(["Elections"], last.Tags);
        Assert.Equal("system", last.ById);
        Assert.Equal(at, last.At);
    }
}
