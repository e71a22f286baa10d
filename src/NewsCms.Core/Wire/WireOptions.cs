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
}

/// <summary>The "Wire" settings: one entry per agency source, keyed by its name as the desk shows it.</summary>
public sealed class WireOptions
{
    public const string SectionName = "Wire";

    public Dictionary<string, WireSourceOptions> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How often each watched folder is looked at.</summary>
    public TimeSpan FolderPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public WireSourceMode ModeOf(string source) =>
        Sources.TryGetValue(source, out var options) ? options.Mode : WireSourceMode.Queue;
}
