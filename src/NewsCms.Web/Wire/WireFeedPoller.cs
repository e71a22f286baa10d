using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;
using NewsCms.Core.Wire;

namespace NewsCms.Web.Wire;

/// <summary>What one poll of a feed did, for the log and for whoever listens (the tests).</summary>
public sealed record WireFeedPoll(string Source, HttpStatusCode? Status, int Failures, DateTimeOffset NextPollAt, IReadOnlyList<WireFileReport> Reports, string? Error);

/// <summary>
/// Polls each source's agency feed (Wire:Sources:NAME:FeedUrl): an Atom or RSS feed whose entries carry an
/// item (inline XML or text content) or link to one (an enclosure, else the entry's link), or a NewsML-G2 or
/// NITF document served as it is. Requests are conditional (If-None-Match, If-Modified-Since from the last
/// answer), so a 304 costs nothing; an error doubles the wait before the next try up to FeedMaxBackoff. Items
/// go through the same readers and batches as files, then onto the desk or out as the source is set. On a
/// cluster a PostgreSQL advisory lock per feed lets exactly one node take a poll. Feed XML is read with DTD
/// processing off and no resolver, as agency files are.
/// </summary>
public sealed class WireFeedPoller(
    IServiceScopeFactory scopes, WireFiles wireFiles, IHttpClientFactory http, IOptions<WireOptions> options, TimeProvider clock, ILogger<WireFeedPoller> logger) : BackgroundService
{
    public const string HttpClientName = "wire-feeds";
    public const int MaxRedirects = 5;

    private static readonly XmlReaderSettings FeedXml = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 0 };

    private sealed class Feed(string source, Uri url, IEnumerable<string> otherHosts)
    {
        private readonly HashSet<string> _servers = new([url.Authority, .. otherHosts], StringComparer.OrdinalIgnoreCase);

        public string Source { get; } = source;
        public Uri Url { get; } = url;
        public string? ETag { get; set; }
        public DateTimeOffset? LastModified { get; set; }
        public int Failures { get; set; }
        public DateTimeOffset NextPollAt { get; set; } = DateTimeOffset.MinValue;
        public HashSet<string> SeenEntries { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether an address (an item's, a picture's, a redirect's) is http(s) on the feed's own server or one the source lists (FeedHosts).</summary>
        public bool MayFetch(Uri address) => address.Scheme is "http" or "https" && _servers.Contains(address.Authority);
    }

    private int _polls;

    /// <summary>Raised after each poll of a feed (not when another node held it).</summary>
    public event Action<WireFeedPoll>? Polled;

    /// <summary>How many polls this node has made (the tests wait for the first).</summary>
    public int Polls => Volatile.Read(ref _polls);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feeds = options.Value.Sources
            .Where(s => Uri.TryCreate(s.Value.FeedUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            .Select(s => new Feed(s.Key, new Uri(s.Value.FeedUrl!), s.Value.FeedHosts)).ToList();
        if (feeds.Count == 0)
            return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var feed in feeds.Where(f => f.NextPollAt <= clock.GetUtcNow()))
                    await PollAsync(feed, stoppingToken);
                var next = feeds.Min(f => f.NextPollAt) - clock.GetUtcNow();
                if (next > TimeSpan.Zero)
                    await Task.Delay(next, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        var interval = options.Value.FeedPollInterval;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var polled = await db.Database.TryWithAdvisoryLockAsync($"wire-feed:{feed.Url}", async () =>
            {
                var (status, reports) = await FetchAsync(feed, cancellationToken);
                feed.Failures = 0;
                feed.NextPollAt = clock.GetUtcNow() + interval;
                if (reports.Count > 0)
                    logger.LogInformation("Wire feed of {Source}: {Count} item file(s) taken in", feed.Source, reports.Count);
                Interlocked.Increment(ref _polls);
                Polled?.Invoke(new WireFeedPoll(feed.Source, status, 0, feed.NextPollAt, reports, null));
            }, cancellationToken);
            if (!polled)
                feed.NextPollAt = clock.GetUtcNow() + interval;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            feed.Failures++;
            var wait = TimeSpan.FromTicks(Math.Min(options.Value.FeedMaxBackoff.Ticks, interval.Ticks * (1L << Math.Min(feed.Failures, 20))));
            feed.NextPollAt = clock.GetUtcNow() + wait;
            logger.LogWarning("Wire feed of {Source} failed ({Failures} in a row), next try in {Wait}: {Error}", feed.Source, feed.Failures, wait, e.Message);
            Interlocked.Increment(ref _polls);
            Polled?.Invoke(new WireFeedPoll(feed.Source, (e as HttpRequestException)?.StatusCode, feed.Failures, feed.NextPollAt, [], e.Message));
        }
    }

    private async Task<(HttpStatusCode, List<WireFileReport>)> FetchAsync(Feed feed, CancellationToken cancellationToken)
    {
        var client = http.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
        if (feed.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (feed.LastModified is { } since)
            request.Headers.IfModifiedSince = since;
        using var response = await SendToAgencyAsync(feed, client, request, "the feed", cancellationToken)
            ?? throw new HttpRequestException("the feed redirects to a server that is not in its FeedHosts");
        if (response.StatusCode == HttpStatusCode.NotModified)
            return (response.StatusCode, []);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"the feed answered {(int)response.StatusCode}", null, response.StatusCode);

        var body = await ReadAsync(response, cancellationToken);
        var files = IsAgencyDocument(body)
            ? [(feed.Url.ToString(), body)]
            : await EntriesAsync(feed, client, body, cancellationToken);
        var reports = files.Count == 0 ? [] : await wireFiles.ImportAsync(
            files.ConvertAll(f => (f.Name, f.Content, (string?)null)), feed.Source, route: null, file => FromAgency(feed, client, file), cancellationToken);

        // Remembered only once the items are in: a failed import is fetched whole again next time.
        feed.ETag = response.Headers.ETag?.ToString();
        feed.LastModified = response.Content.Headers.LastModified;
        return (response.StatusCode, reports);
    }

    private async Task<List<(string Name, byte[] Content)>> EntriesAsync(Feed feed, HttpClient client, byte[] body, CancellationToken cancellationToken)
    {
        SyndicationFeed syndication;
        using (var reader = XmlReader.Create(new MemoryStream(body), FeedXml))
            syndication = SyndicationFeed.Load(reader);

        var files = new List<(string, byte[])>();
        foreach (var entry in syndication.Items)
        {
            var seen = $"{entry.Id}|{entry.LastUpdatedTime:O}";
            if (entry.Id is not null && feed.SeenEntries.Contains(seen))
                continue;
            var name = entry.Id ?? entry.Title?.Text ?? "entry";
            if (Carried(entry) is { } carried)
            {
                files.Add((name, carried));
            }
            else if (entry.Links.OrderBy(l => l.RelationshipType == "enclosure" ? 0 : 1).FirstOrDefault(l => l.RelationshipType is null or "enclosure" or "alternate") is { } link)
            {
                var url = link.Uri.IsAbsoluteUri ? link.Uri : new Uri(feed.Url, link.Uri);
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var response = await SendToAgencyAsync(feed, client, request, "the item", cancellationToken);
                if (response is null)
                {
                    if (entry.Id is not null)
                        feed.SeenEntries.Add(seen);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                    throw new HttpRequestException($"the item {url} answered {(int)response.StatusCode}", null, response.StatusCode);
                files.Add((url.ToString(), await ReadAsync(response, cancellationToken)));
            }
            else
            {
                continue;
            }

            if (entry.Id is not null)
                feed.SeenEntries.Add(seen);
        }

        return files;
    }

    /// <summary>
    /// The pictures an item names, fetched from the agency when the item asks for them (the reference relative
    /// to the item's own URL, or the feed's). A picture that cannot be fetched is left out — the story still
    /// goes in, and its report says the picture was not found — so one missing photo never holds up the copy.
    /// </summary>
    private PictureFinder FromAgency(Feed feed, HttpClient client, string file) => async (picture, cancellationToken) =>
    {
        var from = Uri.TryCreate(file, UriKind.Absolute, out var itemUrl) && itemUrl.Scheme is "http" or "https" ? itemUrl : feed.Url;
        if (!Uri.TryCreate(from, picture.Reference, out var url))
            return null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await SendToAgencyAsync(feed, client, request, "the picture", cancellationToken);
            if (response is null)
                return null;
            if (response.IsSuccessStatusCode)
                return await ReadAsync(response, cancellationToken);
            logger.LogWarning("Wire feed of {Source}: the picture {Url} answered {Status}", feed.Source, url, (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning("Wire feed of {Source}: the picture {Url} could not be fetched: {Error}", feed.Source, url, e.Message);
        }

        return null;
    };

    /// <summary>
    /// Sends a request to the agency, following redirects by hand (at most <see cref="MaxRedirects"/>) and only
    /// to servers the feed may fetch from: the first address and every redirect are checked, so neither an item
    /// nor an allowed server can send the request on into the newsroom's own network. Null, with a warning in
    /// the log, when an address is not allowed; past the last redirect the 3xx answer itself comes back.
    /// </summary>
    private async Task<HttpResponseMessage?> SendToAgencyAsync(Feed feed, HttpClient client, HttpRequestMessage request, string what, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            var url = request.RequestUri!;
            if (!feed.MayFetch(url))
            {
                logger.LogWarning("Wire feed of {Source}: {What} {Url} is not http(s) on the feed's server or one in its FeedHosts; not fetched", feed.Source, what, url);
                return null;
            }

            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location || redirects == MaxRedirects)
                return response;
            response.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, location.IsAbsoluteUri ? location : new Uri(url, location));
        }
    }

    // An entry that carries its item: XML content (a newsItem or nitf inside <content>) or text content holding one.
    private static byte[]? Carried(SyndicationItem entry)
    {
        switch (entry.Content)
        {
            case XmlSyndicationContent xml:
                using (var reader = xml.GetReaderAtContent())
                {
                    var inner = reader.ReadInnerXml().Trim();
                    return inner.Length > 0 ? System.Text.Encoding.UTF8.GetBytes(inner) : null;
                }
            case TextSyndicationContent text when text.Text?.TrimStart().StartsWith('<') == true:
                return System.Text.Encoding.UTF8.GetBytes(text.Text);
            default:
                return null;
        }
    }

    private static bool IsAgencyDocument(byte[] body)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), FeedXml);
            reader.MoveToContent();
            return reader.LocalName is "newsItem" or "newsMessage" or "nitf";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int n; (n = await stream.ReadAsync(chunk, cancellationToken)) > 0;)
        {
            if (buffer.Length + n > WireFiles.MaxFileBytes * 4L)
                throw new HttpRequestException($"the answer is larger than {WireFiles.MaxFileBytes * 4 / 1024 / 1024} MB");
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
