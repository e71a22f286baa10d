using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Scheduling;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>Several app instances on one database: each due story is published by exactly one of them.</summary>
[Collection(SharedApp.Name)]
public sealed class ConcurrentPublishingTests(ManualSchedulingApplication app) : IClassFixture<ManualSchedulingApplication>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_publishers_at_once_publish_every_article_exactly_once()
    {
        var now = app.Clock.GetUtcNow();
        var due = new Dictionary<int, DateTimeOffset>();
        for (var i = 1; i <= 60; i++)
        {
            var at = now.AddSeconds(-i);
            due[await app.AddScheduledAsync($"Story number {i}", at)] = at;
        }

        // Small batches, so the two interleave batch by batch instead of one taking everything at once.
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var runs = await Task.WhenAll(
            Publisher(first).RunAsync(now, CancellationToken.None),
            Publisher(second).RunAsync(now, CancellationToken.None));

        var firstIds = runs[0].Published;
        var secondIds = runs[1].Published;
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.Equal(due.Keys.Order(), firstIds.Concat(secondIds).Order());
        var stored = await app.WithDbAsync(db => db.Articles.AsNoTracking().ToListAsync());
        Assert.All(stored, a => Assert.Equal(ArticleStatus.Published, a.Status));
        Assert.All(stored, a => Assert.Equal(due[a.Id], a.PublishedAt));
    }

    private static ScheduleRunner Publisher(AsyncServiceScope scope)
    {
        var publishing = scope.ServiceProvider.GetRequiredService<ScheduleRunner>();
        publishing.BatchSize = 7;
        return publishing;
    }
}
