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

    private static Meter CreateMeter()
    {
        var meter = new Meter(MeterName);
        meter.CreateObservableGauge("newscms.comments.pending", () => Interlocked.Read(ref PendingCount[0]), "{comment}",
            "Comments waiting for the moderation desk (the whole site's count, refreshed every half minute; -1 until known).");
        return meter;
    }

    public void PageServed(bool fromCache) => _pages.Add(1, new KeyValuePair<string, object?>("source", fromCache ? "cache" : "rendered"));

    public void Evicted(bool fromOtherNode) => _evictions.Add(1, new KeyValuePair<string, object?>("origin", fromOtherNode ? "other-node" : "this-node"));

    public void Published(IEnumerable<TimeSpan> lags)
    {
        foreach (var lag in lags)
            _publishLag.Record(Math.Max(0, lag.TotalSeconds));
    }

    public void CommentReceived(IntakeResult result) =>
        _comments.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome == IntakeOutcome.Stored
            ? result.Status.ToString().ToLowerInvariant()
            : result.Outcome.ToString().ToLowerInvariant()));

    public void PendingComments(long count) => Interlocked.Exchange(ref _pendingComments[0], count);
}
