using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Hosting;

public sealed class ReadinessTests(EmptyDatabaseApplication app) : IClassFixture<EmptyDatabaseApplication>
{
    [Fact]
    public async Task A_node_is_ready_only_once_migrated_and_stops_being_ready_when_it_shuts_down_while_healthz_stays_up()
    {
        var (pending, report) = await app.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pending);
        Assert.Equal("Unhealthy", Check(report, "migrations"));
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/healthz")).Status);

        await app.MigrateAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/healthz/ready")).Status);

        // Shutdown is held at its first step (stopping callbacks run newest first, so this one runs before the
        // host's own) while the node is asked: otherwise the test server may be gone before the question.
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() =>
        {
            entered.SetResult();
            release.Task.Wait();
        });
        var stop = Task.Run(lifetime.StopApplication);
        await entered.Task;
        try
        {
            var (stopping, stoppingReport) = await app.GetAsync("/healthz/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stopping);
            Assert.Equal("Unhealthy", Check(stoppingReport, "shutdown"));
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/healthz")).Status);
        }
        finally
        {
            release.SetResult();
            await stop;
        }
    }

    private static string? Check(string report, string name)
    {
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("checks").GetProperty(name).GetProperty("status").GetString();
    }
}
