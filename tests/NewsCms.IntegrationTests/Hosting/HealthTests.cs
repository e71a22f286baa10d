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
}
