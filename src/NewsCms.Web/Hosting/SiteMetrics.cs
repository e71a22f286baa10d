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

    private readonly Counter<long> _pages;
    private readonly Counter<long> _evictions;
    private readonly Histogram<double> _publishLag;
    private readonly Counter<long> _comments;
    private long _pendingComments = -1;

    public SiteMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _pages = meter.CreateCounter<long>("newscms.pages.served", "{page}", "Public pages served, by source: the output cache or a fresh render.");
        _evictions = meter.CreateCounter<long>("newscms.cache.evictions", "{eviction}", "Output-cache evictions, by origin: a save on this node or a NOTIFY from another.");
        _publishLag = meter.CreateHistogram<double>("newscms.schedule.publish_lag", "s", "How long after its scheduled instant a story went out.");
        _comments = meter.CreateCounter<long>("newscms.comments.intake", "{comment}", "Comments sent by readers, by outcome.");
        meter.CreateObservableGauge("newscms.comments.pending", () => Interlocked.Read(ref _pendingComments), "{comment}",
            "Comments waiting for the moderation desk (the whole site's count, refreshed every half minute; -1 until known).");
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

    public void PendingComments(long count) => Interlocked.Exchange(ref _pendingComments, count);
}
