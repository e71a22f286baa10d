using System.Net;
using System.Text.Json;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Hosting;

[Collection(SharedApp.Name)]
public sealed class HealthTests(NewsCmsApplication app)
{
    [Fact]
    public async Task Healthz_answers_200_and_reports_the_database()
    {
        var (status, body) = await app.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_answers_200_on_a_migrated_running_node_and_healthz_leaves_out_the_readiness_checks()
    {
        var (status, body) = await app.GetAsync("/healthz/ready");
        var (_, liveness) = await app.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        using var ready = JsonDocument.Parse(body);
        Assert.Equal("Healthy", ready.RootElement.GetProperty("checks").GetProperty("migrations").GetProperty("status").GetString());
        using var live = JsonDocument.Parse(liveness);
        Assert.False(live.RootElement.GetProperty("checks").TryGetProperty("migrations", out _));
    }
}
