using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Scheduling;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Hosting;
using NewsCms.Web.Scheduling;
using Npgsql;
using static NewsCms.IntegrationTests.Infrastructure.ScheduleTestKit;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>
/// The background publisher: the one hosted in the shared app, driven by its fake clock, and fresh ones
/// started by the test on the manual app's database (a restart, an outage).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ScheduledPublisherTests(NewsCmsApplication app, ManualSchedulingApplication manual)
    : AppTest(app), IClassFixture<ManualSchedulingApplication>
{
    private static readonly TimeSpan PollInterval = new SchedulingOptions().PollInterval;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await manual.ResetAsync();
    }

    // The shared app's publisher keeps running for the classes after this one: leave nothing scheduled behind.
    public override Task DisposeAsync() => App.ResetAsync();

    [Fact]
    public async Task Hosted_publisher_publishes_a_story_when_the_clock_reaches_its_instant()
    {
        await App.SettlePublisherAsync();
        var id = await App.AddScheduledAsync("Mayor announces new transit line", App.Clock.GetUtcNow().AddMinutes(2));
        Assert.Equal(ArticleStatus.Scheduled, (await App.ArticleAsync(id)).Status);

        await App.Publisher().RunAfterAsync(() => App.Clock.Advance(TimeSpan.FromMinutes(2)), run => run?.Published.Contains(id) == true);

        Assert.True(await IsPublishedAsync(App, id));
        var (status, html) = await App.GetAsync(UrlOf(await App.ArticleAsync(id)));
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
        var firstRun = await publisher.RunAfterAsync(() => publisher.StartAsync(CancellationToken.None), _ => true);
        var allOut = (await Task.WhenAll(ids.Select(id => IsPublishedAsync(manual, id)))).All(p => p);
        await publisher.StopAsync(CancellationToken.None);

        Assert.True(allOut);
        Assert.Equal(ids.Order(), firstRun!.Published.Order());
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

        var failed = await publisher.RunAfterAsync(() => publisher.StartAsync(CancellationToken.None), _ => true);
        Assert.Null(failed);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error);
        var id = await manual.AddScheduledAsync("Story due during the outage", manual.Clock.GetUtcNow().AddMinutes(-2));
        gate.Open();
        await publisher.RunAfterAsync(() => manual.Clock.Advance(PollInterval), run => run is not null);
        var published = await IsPublishedAsync(manual, id);
        var stillRunning = publisher.ExecuteTask is { IsCompleted: false };
        await publisher.StopAsync(CancellationToken.None);

        Assert.True(published);
        Assert.True(stillRunning);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Scheduled publishing failed", StringComparison.Ordinal));
    }

    private ScheduledPublisher Publisher(IServiceScopeFactory scopes, ILogger<ScheduledPublisher> logger) =>
        new(scopes, Options.Create(new SchedulingOptions()), manual.Clock, manual.Services.GetRequiredService<SiteMetrics>(), logger);

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
