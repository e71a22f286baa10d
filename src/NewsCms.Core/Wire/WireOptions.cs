namespace NewsCms.Core.Wire;

/// <summary>What happens to a new agency item from a source that is not the command line.</summary>
public enum WireSourceMode
{
    /// <summary>It waits on the Incoming desk for an editor (the default).</summary>
    Queue,

    /// <summary>It is published at once, or scheduled for its embargo.</summary>
    AutoPublish,
}

public sealed class WireSourceOptions
{
    public WireSourceMode Mode { get; set; } = WireSourceMode.Queue;

    /// <summary>A folder the background watcher polls for this source's files (optional).</summary>
    public string? Folder { get; set; }

    /// <summary>An agency feed the background poller reads for this source (Atom/RSS, or NewsML-G2/NITF over HTTP; optional).</summary>
    public string? FeedUrl { get; set; }

    /// <summary>
    /// Servers besides the feed's own that its items and pictures may be fetched from, as host or host:port
    /// (an agency's picture server). An address on any other server is not fetched, so copy arriving by the
    /// feed cannot make the newsroom's server call into its own network.
    /// </summary>
    public List<string> FeedHosts { get; set; } = [];
}

/// <summary>The "Wire" settings: one entry per agency source, keyed by its name as the desk shows it.</summary>
public sealed class WireOptions
{
    public const string SectionName = "Wire";

    public Dictionary<string, WireSourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often each watched folder is looked at.</summary>
    public TimeSpan FolderPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a picture dropped in a watched folder waits for the copy that names it (agencies often send
    /// the picture first); after that it moves to failed/ with the reason beside it.
    /// </summary>
    public TimeSpan PictureWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often each agency feed is polled while it answers.</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between tries of a failing feed (the wait doubles from FeedPollInterval).</summary>
    public TimeSpan FeedMaxBackoff { get; set; } = TimeSpan.FromMinutes(30);

    public WireSourceMode ModeOf(string source) =>
        Sources.TryGetValue(source, out var options) ? options.Mode : WireSourceMode.Queue;
}
