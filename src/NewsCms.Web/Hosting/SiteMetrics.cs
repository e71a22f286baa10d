using System.Diagnostics.Metrics;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Hosting;

/// <summary>
/// The site's own meter ("NewsCms"), beside ASP.NET Core's, the runtime's and Npgsql's: what an editor or an
/// operator asks of a news site under load. Exported at /metrics and, when set, over OTLP (docs/operations.md).
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "NewsCms";

    // One meter per process, never disposed. With a meter per host (IMeterFactory), a second host in the same
    // process (the tests run several) registered the same instruments, and disposing it took the shared metric
    // streams away from the first host's exporter. A process runs one site, so nothing is lost.
    private static readonly long[] PendingCount = [-1];
    private static readonly Meter Meter = CreateMeter();
    private static readonly Counter<long> Pages = Meter.CreateCounter<long>("newscms.pages.served", "{page}", "Public pages served, by source: the output cache or a fresh render.");
    private static readonly Counter<long> Evictions = Meter.CreateCounter<long>("newscms.cache.evictions", "{eviction}", "Output-cache evictions, by origin: a save on this node or a NOTIFY from another.");
    private static readonly Histogram<double> PublishLag = Meter.CreateHistogram<double>("newscms.schedule.publish_lag", "s", "How long after its scheduled instant a story went out.");
    private static readonly Counter<long> Comments = Meter.CreateCounter<long>("newscms.comments.intake", "{comment}", "Comments sent by readers, by outcome.");

    private readonly Counter<long> _pages = Pages;
    private readonly Counter<long> _evictions = Evictions;
    private readonly Histogram<double> _publishLag = PublishLag;
    private readonly Counter<long> _comments = Comments;
    private readonly long[] _pendingComments = PendingCount;

    // This host's own running totals, for the admin System page (Operations/SystemSampler): the meter above is
    // the process's and is read by exporters, which an in-process reader cannot ask for a value.
    private readonly long[] _totals = new long[(int)Figure.Count];

    /// <summary>The running totals this host keeps since it started (see <see cref="Read"/>).</summary>
    public enum Figure
    {
        PagesFromCache,
        PagesRendered,
        Evictions,
        Published,
        PublishLagMilliseconds,
        CommentsApproved,
        CommentsPending,
        CommentsRefused,
        Count,
    }

    private static Meter CreateMeter()
    {
        var meter = new Meter(MeterName);
        meter.CreateObservableGauge("newscms.comments.pending", () => Interlocked.Read(ref PendingCount[0]), "{comment}",
            "Comments waiting for the moderation desk (the whole site's count, refreshed every half minute; -1 until known).");
        return meter;
    }

    public void PageServed(bool fromCache)
    {
        _pages.Add(1, new KeyValuePair<string, object?>("source", fromCache ? "cache" : "rendered"));
        Add(fromCache ? Figure.PagesFromCache : Figure.PagesRendered, 1);
    }

    public void Evicted(bool fromOtherNode)
    {
        _evictions.Add(1, new KeyValuePair<string, object?>("origin", fromOtherNode ? "other-node" : "this-node"));
        Add(Figure.Evictions, 1);
    }

    public void Published(IEnumerable<TimeSpan> lags)
    {
        foreach (var lag in lags)
        {
            var seconds = Math.Max(0, lag.TotalSeconds);
            _publishLag.Record(seconds);
            Add(Figure.Published, 1);
            Add(Figure.PublishLagMilliseconds, (long)(seconds * 1000));
        }
    }

    public void CommentReceived(IntakeResult result)
    {
        var outcome = result.Outcome == IntakeOutcome.Stored
            ? result.Status.ToString().ToLowerInvariant()
            : result.Outcome.ToString().ToLowerInvariant();
        _comments.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        Add(outcome switch { "approved" => Figure.CommentsApproved, "pending" => Figure.CommentsPending, _ => Figure.CommentsRefused }, 1);
    }

    public void PendingComments(long count) => Interlocked.Exchange(ref _pendingComments[0], count);

    /// <summary>The site-wide count of pending comments last read from the database; -1 until known.</summary>
    public long PendingCommentsNow => Interlocked.Read(ref _pendingComments[0]);

    /// <summary>This host's running totals, indexed by <see cref="Figure"/>.</summary>
    public long[] Read() => [.. _totals.Select((_, i) => Interlocked.Read(ref _totals[i]))];

    private void Add(Figure figure, long amount) => Interlocked.Add(ref _totals[(int)figure], amount);
}
