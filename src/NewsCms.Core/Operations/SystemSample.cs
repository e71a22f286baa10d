namespace NewsCms.Core.Operations;

/// <summary>
/// One node's figures for one minute, written by the node itself (Web/Operations/SystemSampler) and kept for a
/// day: the admin System page reads the last hour of every node from here, because each node's meter lives in
/// its own process. Counters are what happened during the minute; gauges are their value at its end.
/// </summary>
public sealed class SystemSample
{
    public const int NodeMaxLength = 100;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public long Id { get; init; }
    public string Node { get; init; } = "";
    public DateTimeOffset At { get; init; }

    /// <summary>When the node started: its uptime is <see cref="At"/> minus this.</summary>
    public DateTimeOffset StartedAt { get; init; }

    public long PagesFromCache { get; init; }
    public long PagesRendered { get; init; }
    public long Evictions { get; init; }
    public long StoriesPublished { get; init; }

    /// <summary>The summed lateness of the stories published (divide by <see cref="StoriesPublished"/>).</summary>
    public long PublishLagMilliseconds { get; init; }

    public long CommentsApproved { get; init; }
    public long CommentsHeld { get; init; }

    /// <summary>Comments refused: invalid, too fast, comments closed, banned sender, no such story.</summary>
    public long CommentsRefused { get; init; }

    public long Requests { get; init; }

    /// <summary>Requests answered 5xx.</summary>
    public long Errors { get; init; }

    public long DatabaseRoundTrips { get; init; }

    /// <summary>Gauge: the site's pending comments when sampled (-1 when not yet counted).</summary>
    public long PendingComments { get; init; }

    /// <summary>Gauge: the node's working set, bytes.</summary>
    public long MemoryBytes { get; init; }
}
