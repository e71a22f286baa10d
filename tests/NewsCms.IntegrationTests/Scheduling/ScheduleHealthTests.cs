using System.Globalization;
using System.Net;
using System.Text.Json;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Scheduling;

/// <summary>/healthz on a host that does not publish, so an overdue story stays overdue until the test runs the schedule.</summary>
[Collection(SharedApp.Name)]
public sealed class ScheduleHealthTests(ManualSchedulingApplication app) : AppTest(app), IClassFixture<ManualSchedulingApplication>
{
    [Fact]
    public async Task Healthz_is_degraded_while_something_is_more_than_a_minute_overdue_and_healthy_once_done()
    {
        var now = App.Clock.GetUtcNow();
        var dueAt = now.AddMinutes(-5);
        await App.AddScheduledAsync("Late story", dueAt);
        await App.AddPublishedAsync("Story that should have come down", expiresAt: now.AddMinutes(1));
        App.Clock.Advance(TimeSpan.FromMinutes(3));

        var (status, report) = await HealthAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var schedule = report.GetProperty("checks").GetProperty("schedule");
        Assert.Equal("Degraded", schedule.GetProperty("status").GetString());
        var since = dueAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Assert.Equal($"2 scheduled changes are more than a minute overdue, the oldest since {since}.", schedule.GetProperty("Description").GetString());

        await App.RunScheduleAsync();

        (status, report) = await HealthAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("schedule").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_stays_healthy_while_a_story_is_less_than_a_minute_late()
    {
        await App.AddScheduledAsync("Story due a moment ago", App.Clock.GetUtcNow().AddSeconds(-30));

        var (status, report) = await HealthAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Report)> HealthAsync()
    {
        var (status, body) = await App.GetAsync("/healthz");
        using var json = JsonDocument.Parse(body);
        return (status, json.RootElement.Clone());
    }
}
