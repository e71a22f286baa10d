using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Operations;

namespace NewsCms.Web.Operations;

/// <summary>A figure of the System page: its value per node and for the whole site over the last hour, and its chart.</summary>
public sealed record SystemFigure(string Key, string Label, IReadOnlyList<string> PerNode, string Total, Sparkline? Chart);

/// <summary>
/// A small line chart drawn on the server: one polyline per node and one for the whole site, over the hour's
/// minutes. The points are numbers only; the names go through Razor's encoding (Views/System/Index.cshtml).
/// </summary>
public sealed record Sparkline(IReadOnlyList<(string Node, string Points)> Nodes, string Total, string Peak)
{
    public const int Width = 180;
    public const int Height = 36;
}

public sealed record SystemViewModel(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> Nodes, IReadOnlyList<SystemFigure> Figures);

/// <summary>Reads the last hour of <c>system_samples</c> (every node's minutes) into the System page's figures.</summary>
public static class SystemPage
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private const int Minutes = 60;

    private static readonly (string Key, string Label, Func<SystemSample, long> Value)[] Counters =
    [
        ("pages-from-cache", "Pages from the cache", s => s.PagesFromCache),
        ("pages-rendered", "Pages rendered", s => s.PagesRendered),
        ("evictions", "Cache evictions", s => s.Evictions),
        ("stories-out", "Stories out on schedule", s => s.StoriesPublished),
        ("comments-approved", "Comments approved at once", s => s.CommentsApproved),
        ("comments-held", "Comments held for moderation", s => s.CommentsHeld),
        ("comments-refused", "Comments refused", s => s.CommentsRefused),
        ("requests", "Requests", s => s.Requests),
        ("errors", "Server errors (5xx)", s => s.Errors),
        ("round-trips", "Database round trips", s => s.DatabaseRoundTrips),
    ];

    public static async Task<SystemViewModel> BuildAsync(NewsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var from = now - Window;
        var samples = await db.SystemSamples.AsNoTracking().Where(s => s.At > from && s.At <= now).OrderBy(s => s.At).ToListAsync(cancellationToken);
        var nodes = samples.Select(s => s.Node).Distinct().Order(StringComparer.Ordinal).ToList();
        var byNode = nodes.Select(n => samples.Where(s => s.Node == n).ToList()).ToList();
        var latest = byNode.Select(list => list[^1]).ToList();

        var figures = Counters.Select(c => new SystemFigure(c.Key, c.Label,
                byNode.Select(list => Number(list.Sum(c.Value))).ToList(), Number(samples.Sum(c.Value)), Chart(byNode, nodes, from, c.Value)))
            .ToList();
        figures.Insert(4, new SystemFigure("publish-lag", "Average lateness of a scheduled story (s)",
            byNode.Select(AverageLag).ToList(), AverageLag(samples), null));
        figures.Add(new SystemFigure("pending-comments", "Comments waiting for moderation (whole site)",
            latest.Select(s => Gauge(s.PendingComments)).ToList(), samples.Count == 0 ? "–" : Gauge(samples[^1].PendingComments),
            Chart(byNode, nodes, from, s => Math.Max(0, s.PendingComments), sum: false)));
        figures.Add(new SystemFigure("memory", "Memory (working set, MB)",
            latest.Select(s => Number(s.MemoryBytes / 1_048_576)).ToList(), Number(latest.Sum(s => s.MemoryBytes) / 1_048_576),
            Chart(byNode, nodes, from, s => s.MemoryBytes / 1_048_576)));
        figures.Add(new SystemFigure("uptime", "Up for", latest.Select(s => Duration(s.At - s.StartedAt)).ToList(), "", null));
        return new SystemViewModel(from, now, nodes, figures);
    }

    /// <summary>One point per minute of the hour; the site's line is the nodes' sum (or, for a site-wide gauge, their largest).</summary>
    private static Sparkline? Chart(List<List<SystemSample>> byNode, List<string> nodes, DateTimeOffset from, Func<SystemSample, long> value, bool sum = true)
    {
        if (nodes.Count == 0)
            return null;
        var series = byNode.Select(list =>
        {
            var minutes = new long[Minutes];
            foreach (var s in list)
                minutes[Math.Clamp((int)((s.At - from).TotalMinutes), 0, Minutes - 1)] += value(s);
            return minutes;
        }).ToList();
        var total = Enumerable.Range(0, Minutes).Select(m => sum ? series.Sum(x => x[m]) : series.Max(x => x[m])).ToArray();
        var peak = Math.Max(1, total.Max());
        return new Sparkline([.. nodes.Select((n, i) => (n, Points(series[i], peak)))], Points(total, peak), Number(total.Max()));
    }

    private static string Points(long[] values, long peak) => string.Join(' ', values.Select((v, i) => string.Create(CultureInfo.InvariantCulture,
        $"{i * (Sparkline.Width - 1) / (double)(Minutes - 1):0.#},{Sparkline.Height - 2 - (v * (Sparkline.Height - 4) / (double)peak):0.#}")));

    private static string AverageLag(List<SystemSample> samples)
    {
        var published = samples.Sum(s => s.StoriesPublished);
        return published == 0 ? "–" : (samples.Sum(s => s.PublishLagMilliseconds) / 1000.0 / published).ToString("0.0", CultureInfo.InvariantCulture);
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Gauge(long value) => value < 0 ? "–" : Number(value);

    private static string Duration(TimeSpan span) => span.TotalDays >= 1
        ? $"{(int)span.TotalDays} d {span.Hours} h"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min" : $"{(int)span.TotalMinutes} min";
}
