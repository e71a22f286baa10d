using System.Net;
using Microsoft.AspNetCore.Http;
using NewsCms.Core.Staff;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Operations;

/// <summary>/metrics: Prometheus text for a scraper on the machine or for staff; nothing for anyone else.</summary>
[Collection(SharedApp.Name)]
public sealed class MetricsTests(NewsCmsApplication app) : AppTest(app)
{
    [Fact]
    public async Task After_a_page_is_served_a_scraper_on_loopback_reads_the_sites_own_meter()
    {
        await App.ImportAsync(Samples.Seed);
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(Samples.SeedUrl)).Status);
        Assert.Equal(HttpStatusCode.OK, (await App.GetAsync(Samples.SeedUrl)).Status);

        var scrape = await App.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/metrics";
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        Assert.Equal(StatusCodes.Status200OK, scrape.Response.StatusCode);
        var text = await new StreamReader(scrape.Response.Body).ReadToEndAsync();
        Assert.Contains("newscms_pages_served", text, StringComparison.Ordinal);
        Assert.Contains("source=\"cache\"", text, StringComparison.Ordinal);
        Assert.Contains("source=\"rendered\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_from_elsewhere_finds_nothing_at_metrics_and_a_signed_in_person_without_a_role_is_refused()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await App.GetAsync("/metrics")).Status);

        using var nobody = await App.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_staff_read_metrics_from_anywhere()
    {
        using var reporter = await App.SignedInClientAsync(Roles.Reporter);
        using var response = await reporter.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("newscms_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
