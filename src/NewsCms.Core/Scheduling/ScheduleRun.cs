using System.Globalization;

namespace NewsCms.Core.Scheduling;

/// <summary>
/// What one run of <see cref="ScheduleRunner"/> changed: the articles whose pages must be evicted from caches,
/// and how late each publish went out after its scheduled instant (for the publish-lag metric).
/// </summary>
public sealed record ScheduleRun(IReadOnlyList<int> Published, IReadOnlyList<int> Unpublished, IReadOnlyList<TimeSpan>? PublishLags = null)
{
    public bool ChangedNothing => Published.Count == 0 && Unpublished.Count == 0;
}

/// <summary>
/// Scheduled publishes and unpublishes more than <see cref="ScheduleRules.OverdueAfter"/> late: how many,
/// and the instant the oldest of them was due.
/// </summary>
public sealed record Overdue(int Count, DateTimeOffset? Since)
{
    public static Overdue None { get; } = new(0, null);

    public bool Any => Count > 0;

    public string Describe() => Any
        ? string.Create(
            CultureInfo.InvariantCulture,
            $"{Count} scheduled {(Count == 1 ? "change is" : "changes are")} more than a minute overdue, the oldest since {Since!.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.")
        : "Nothing scheduled is overdue.";
}
