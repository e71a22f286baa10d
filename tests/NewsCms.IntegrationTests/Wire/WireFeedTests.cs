using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.Wire;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>
/// An agency's feed server on a real loopback port (Kestrel): an Atom feed whose entries link to NewsML-G2
/// items or carry one inline, answering conditional requests as a real server does (ETag from the body).
/// </summary>
public sealed class AgencyFeedServer : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _pictures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _moved = new(StringComparer.Ordinal);

    public AgencyFeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/feed.atom", Feed);
        _server.MapGet("/items/{name}", (string name) => _items.TryGetValue(name, out var item)
            ? Results.Text(item, "application/vnd.iptc.g2.newsitem+xml", Encoding.UTF8)
            : Results.NotFound());
        _server.MapGet("/moved/{name}", (string name) => _moved.TryGetValue(name, out var to) ? Results.Redirect(to) : Results.NotFound());
        _server.MapGet("/pictures/{name}", (string name) =>
        {
            PictureRequests.Enqueue(name);
            return _pictures.TryGetValue(name, out var picture) ? Results.Bytes(picture, "image/jpeg") : Results.NotFound();
        });
        _server.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _server.Urls.First().TrimEnd('/');
    }

    public string BaseUrl { get; }
    public string FeedUrl => BaseUrl + "/feed.atom";

    private volatile string _entries = "";
    private volatile int _failing;

    /// <summary>The feed's entries (Atom entry elements); an empty feed at first.</summary>
    public string Entries { get => _entries; set => _entries = value; }

    /// <summary>What the feed answers instead of 200 (0: it works).</summary>
    public int Failing { get => _failing; set => _failing = value; }

    /// <summary>Every request for the feed: its conditional headers and the status it got.</summary>
    public ConcurrentQueue<(string? IfNoneMatch, string? IfModifiedSince, int Status)> Requests { get; } = new();

    /// <summary>The name of every picture asked for.</summary>
    public ConcurrentQueue<string> PictureRequests { get; } = new();

    public void Item(string name, string xml) => _items[name] = xml;

    public void Picture(string name, byte[] bytes) => _pictures[name] = bytes;

    /// <summary>/moved/NAME answers 302 to <paramref name="to"/>.</summary>
    public void Moved(string name, string to) => _moved[name] = to;

    private IResult Feed(HttpContext context)
    {
        var request = context.Request.Headers;
        if (Failing != 0)
        {
            Requests.Enqueue((request.IfNoneMatch, request.IfModifiedSince, Failing));
            return Results.StatusCode(Failing);
        }

        var body = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Feedwire</title><id>urn:feedwire:feed</id><updated>2026-11-27T12:00:00Z</updated>
              {Entries}
            </feed>
            """;
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16] + "\"";
        var status = request.IfNoneMatch == etag ? 304 : 200;
        Requests.Enqueue((request.IfNoneMatch, request.IfModifiedSince, status));
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Fri, 27 Nov 2026 12:00:00 GMT";
        return status == 304 ? Results.StatusCode(304) : Results.Text(body, "application/atom+xml", Encoding.UTF8);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}

/// <summary>
/// The app with source "Feedwire" polling the loopback feed every minute (of the fake clock). Two more servers
/// on other ports: the agency's picture server, listed in the source's FeedHosts, and one that is not.
/// </summary>
public sealed class WireFeedApplication : NewsCmsApplication
{
    public AgencyFeedServer Feeds { get; } = new();
    public AgencyFeedServer PictureServer { get; } = new();
    public AgencyFeedServer Elsewhere { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Wire:Sources:Feedwire:FeedUrl", Feeds.FeedUrl);
        builder.UseSetting("Wire:Sources:Feedwire:FeedHosts:0", new Uri(PictureServer.BaseUrl).Authority);
        builder.UseSetting("Wire:FeedPollInterval", "00:01:00");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Feeds.DisposeAsync();
        await PictureServer.DisposeAsync();
        await Elsewhere.DisposeAsync();
    }
}

public sealed class WireFeedTests(WireFeedApplication app) : AppTest<WireFeedApplication>(app), IClassFixture<WireFeedApplication>
{
    private static readonly TimeSpan Interval = WireFeedKit.Interval;

    [Fact]
    public async Task Feed_items_arrive_a_304_takes_nothing_an_error_backs_off_and_a_later_version_updates()
    {
        var server = App.Feeds;
        await App.StartedAsync();
        server.Item("rates.xml", WireFixtures.NewsItem("urn:feedwire:rates", 1, "Feed bank holds rates", "Rates stay where they are."));
        server.Entries = WireFeedKit.Entry("urn:feedwire:rates", "2026-11-27T11:00:00Z", $"<link rel=\"enclosure\" type=\"application/vnd.iptc.g2.newsitem+xml\" href=\"{server.BaseUrl}/items/rates.xml\"/>")
            + WireFeedKit.Entry("urn:feedwire:ferry", "2026-11-27T11:00:00Z", "<content type=\"application/xml\">" + WireFeedKit.Inline(WireFixtures.NewsItem("urn:feedwire:ferry", 1, "Feed ferries run again", "The ferries sail.")) + "</content>");

        // 1. The items arrive on the Incoming desk, one linked, one carried in the entry.
        var first = await App.NextPollAsync(p => p.Reports.Count > 0);
        Assert.All(first.Reports, r => Assert.False(r.Refused, string.Join('\n', r.Lines)));
        var headlines = await App.WithDbAsync(db => db.WireItems.OrderBy(w => w.Headline).Select(w => w.Headline).ToListAsync());
        Assert.Equal(["Feed bank holds rates", "Feed ferries run again"], headlines);
        var etagSeen = server.Requests.Last(r => r.Status == 200);

        // 2. The next poll asks conditionally; the 304 takes nothing in.
        var unchanged = await App.NextPollAsync(p => p.Status == HttpStatusCode.NotModified);
        var conditional = server.Requests.Last();
        Assert.Equal(304, conditional.Status);
        Assert.False(string.IsNullOrEmpty(conditional.IfNoneMatch));
        Assert.False(string.IsNullOrEmpty(conditional.IfModifiedSince));
        Assert.Empty(unchanged.Reports);
        Assert.Equal(2, await App.WithDbAsync(db => db.WireItems.CountAsync()));

        // 3. A server error doubles the wait: no poll one interval later, the next one two intervals later.
        server.Failing = 500;
        var failed = await App.NextPollAsync(p => p.Error is not null);
        Assert.Equal(1, failed.Failures);
        Assert.Equal(App.Clock.GetUtcNow() + 2 * Interval, failed.NextPollAt);
        var requestsAfterError = server.Requests.Count;

        // 4. Back to work with a later version of the linked item: it replaces the one waiting.
        server.Failing = 0;
        server.Item("rates.xml", WireFixtures.NewsItem("urn:feedwire:rates", 2, "Feed bank holds rates, signals cut", "A cut may come."));
        server.Entries = WireFeedKit.Entry("urn:feedwire:rates", "2026-11-27T13:00:00Z", $"<link rel=\"enclosure\" href=\"{server.BaseUrl}/items/rates.xml\"/>");
        App.Clock.Advance(Interval);
        var updated = await App.NextPollAsync(p => p.Reports.Count > 0);
        Assert.Equal(requestsAfterError + 1, server.Requests.Count);
        Assert.Contains(updated.Reports.SelectMany(r => r.Lines), line => line.Contains("updated on the Incoming desk", StringComparison.Ordinal));
        var rates = await App.WithDbAsync(db => db.WireItems.SingleAsync(w => w.AgencyId == "urn:feedwire:rates"));
        Assert.Equal(2, rates.AgencyVersion);
        Assert.Equal("Feed bank holds rates, signals cut", rates.Headline);
        Assert.Equal(2, await App.WithDbAsync(db => db.WireItems.CountAsync()));
    }
}

/// <summary>Driving the feed poller from a test: its fake clock moved an interval at a time, its own signal awaited.</summary>
public static class WireFeedKit
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public static string Entry(string id, string updated, string inner) =>
        $"<entry><id>{id}</id><title>{id}</title><updated>{updated}</updated>{inner}</entry>";

    public static string Inline(string newsItem) => newsItem[(newsItem.IndexOf("?>", StringComparison.Ordinal) + 2)..].Trim();

    // The poll the app makes as it starts (of the empty feed) is over before the test moves the clock, so
    // that poll cannot take the moved clock's time as its own and wait an interval past it.
    public static async Task StartedAsync(this WireFeedApplication app)
    {
        var poller = app.Services.GetRequiredService<WireFeedPoller>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(WireFeedPoll poll) => done.TrySetResult();
        poller.Polled += Handler;
        try
        {
            if (poller.Polls == 0)
                await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            poller.Polled -= Handler;
        }
    }

    // Moves the fake clock on one interval and waits for a poll that matches (the poller's own signal).
    public static async Task<WireFeedPoll> NextPollAsync(this WireFeedApplication app, Func<WireFeedPoll, bool> match)
    {
        var done = new TaskCompletionSource<WireFeedPoll>(TaskCreationOptions.RunContinuationsAsynchronously);
        var poller = app.Services.GetRequiredService<WireFeedPoller>();
        void Handler(WireFeedPoll poll)
        {
            if (match(poll))
                done.TrySetResult(poll);
        }

        poller.Polled += Handler;
        try
        {
            app.Clock.Advance(Interval);
            return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            poller.Polled -= Handler;
        }
    }
}
