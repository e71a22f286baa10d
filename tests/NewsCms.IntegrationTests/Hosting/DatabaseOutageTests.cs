using System.Net;
using NewsCms.IntegrationTests.Infrastructure;
using Npgsql;

namespace NewsCms.IntegrationTests.Hosting;

/// <summary>The app reaches its database through a gate the test closes and opens.</summary>
public sealed class GatedNewsCmsApplication : NewsCmsApplication
{
    private TcpGate? _gate;

    public TcpGate Gate => _gate ?? throw new InvalidOperationException("Not initialised.");

    protected override string AppConnectionString =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Gate.Port, Timeout = 3 }.ConnectionString;

    public override async Task InitializeAsync()
    {
        var server = TestDatabase.Server;
        _gate = new TcpGate(ResolveHost(server.Host!), server.Port);
        _gate.Open();
        await base.InitializeAsync();
    }

    private static string ResolveHost(string host) =>
        IPAddress.TryParse(host, out _) ? host : Dns.GetHostAddresses(host).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork).ToString();
}

[Collection(SharedApp.Name)]
public sealed class DatabaseOutageTests(GatedNewsCmsApplication _app) : IClassFixture<GatedNewsCmsApplication>
{
    [Fact]
    public async Task Uncached_pages_answer_503_while_the_database_is_down_and_recover_when_it_is_back()
    {
        await _app.ImportAsync(Samples.Seed);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync(Samples.SeedUrl)).Status);
        const string notCached = "/search?q=munitions";

        _app.Gate.Close();
        NpgsqlConnection.ClearAllPools();
        var (status, html) = await _app.GetAsync(notCached);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("Temporarily unavailable", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _app.GetAsync("/healthz")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _app.GetAsync("/healthz/ready")).Status);
        // A page already in the output cache needs no database: readers keep getting it during the outage.
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync(Samples.SeedUrl)).Status);

        _app.Gate.Open();
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync(notCached)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/healthz")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _app.GetAsync("/healthz/ready")).Status);
    }
}
