using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Scheduling;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Scheduling;
using Npgsql;
using static NewsCms.IntegrationTests.Scheduling.ScheduleTestKit;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>
/// The background publisher: the one hosted in the shared app, driven by its fake clock, and fresh ones
/// started by the test on the manual app's database (a restart, an outage).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ScheduledPublisherTests(NewsCmsApplication app, ManualSchedulingApplication manual)
    : IClassFixture<ManualSchedulingApplication>, IAsyncLifetime
{
    private static readonly TimeSpan PollInterval = new SchedulingOptions().PollInterval;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await manual.ResetAsync();
    }

    // The shared app's publisher keeps running for the classes after this one: leave nothing scheduled behind.
    public Task DisposeAsync() => app.ResetAsync();

    [Fact]
    public async Task Hosted_publisher_publishes_a_story_when_the_clock_reaches_its_instant()
    {
        var id = await app.AddScheduledAsync("Mayor announces new transit line", app.Clock.GetUtcNow().AddMinutes(2));
        Assert.Equal(ArticleStatus.Scheduled, (await app.ArticleAsync(id)).Status);

        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await EventuallyAsync(() => IsPublishedAsync(app, id), () => app.Clock.Advance(PollInterval)));
        var (status, html) = await app.GetAsync(UrlOf(await app.ArticleAsync(id)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Mayor announces new transit line", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Freshly_started_publisher_catches_up_on_stories_due_while_it_was_down()
    {
        var now = manual.Clock.GetUtcNow();
        var due = new[] { now.AddHours(-3), now.AddHours(-2), now.AddMinutes(-1) };
        var ids = new List<int>();
        foreach (var at in due)
            ids.Add(await manual.AddScheduledAsync($"Story due at {at:HH:mm}", at));

        using var publisher = Publisher(manual.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<ScheduledPublisher>.Instance);
        await publisher.StartAsync(CancellationToken.None);
        var allOut = await EventuallyAsync(async () => (await Task.WhenAll(ids.Select(id => IsPublishedAsync(manual, id)))).All(p => p));
        await publisher.StopAsync(CancellationToken.None);

        Assert.True(allOut);
        for (var i = 0; i < ids.Count; i++)
            Assert.Equal(due[i], (await manual.ArticleAsync(ids[i])).PublishedAt);
    }

    [Fact]
    public async Task Publisher_survives_a_database_outage_and_publishes_once_the_database_is_back()
    {
        var server = TestDatabase.Server;
        await using var gate = new TcpGate(server.Host == "localhost" ? "127.0.0.1" : server.Host!, server.Port);
        await using var services = GatedServices(gate);
        var logger = new RecordingLogger<ScheduledPublisher>();
        using var publisher = Publisher(services.GetRequiredService<IServiceScopeFactory>(), logger);

        await publisher.StartAsync(CancellationToken.None);
        Assert.True(await EventuallyAsync(() => Task.FromResult(logger.Entries.Any(e => e.Level == LogLevel.Error))));
        var id = await manual.AddScheduledAsync("Story due during the outage", manual.Clock.GetUtcNow().AddMinutes(-2));
        gate.Open();
        manual.Clock.Advance(PollInterval);
        var published = await EventuallyAsync(() => IsPublishedAsync(manual, id), () => manual.Clock.Advance(PollInterval));
        var stillRunning = publisher.ExecuteTask is { IsCompleted: false };
        await publisher.StopAsync(CancellationToken.None);

        Assert.True(published);
        Assert.True(stillRunning);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Scheduled publishing failed", StringComparison.Ordinal));
    }

    private ScheduledPublisher Publisher(IServiceScopeFactory scopes, ILogger<ScheduledPublisher> logger) =>
        new(scopes, Options.Create(new SchedulingOptions()), manual.Clock, logger);

    /// <summary>The publisher's dependencies, with the manual app's database reached through a gate that starts closed.</summary>
    private ServiceProvider GatedServices(TcpGate gate)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(manual.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = gate.Port,
            Timeout = 3,
            Pooling = false,
        }.ConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<NewsDbContext>(options => options.UseNewsDatabase(connectionString));
        services.AddSingleton(manual.Newsroom());
        services.AddScoped<ScheduleRunner>();
        return services.BuildServiceProvider();
    }

    private static async Task<bool> IsPublishedAsync(NewsCmsApplication app, int id) =>
        (await app.ArticleAsync(id)).Status == ArticleStatus.Published;
}
