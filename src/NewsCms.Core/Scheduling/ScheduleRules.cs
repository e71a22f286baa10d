using System.Globalization;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Scheduling;

/// <summary>The timing and naming rules of scheduled publishing, kept pure so they can be tested without a database.</summary>
public static class ScheduleRules
{
    /// <summary>
    /// How late a publish or unpublish may be before /healthz calls it overdue: the publisher polls every few
    /// seconds, so a minute late means it is not running or keeps failing.
    /// </summary>
    public static TimeSpan OverdueAfter { get; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The shortest wait between runs. Something can still be due right after a run (another instance holds
    /// its row); waiting a moment instead of looping at once keeps this instance from spinning on it.
    /// </summary>
    public static TimeSpan MinimumWait { get; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Wakes at the next scheduled instant so a story goes out on time, but never sleeps longer than the poll
    /// interval: an editor may schedule something sooner while the publisher sleeps.
    /// </summary>
    public static TimeSpan WaitBeforeNextRun(DateTimeOffset? nextDue, DateTimeOffset now, TimeSpan pollInterval)
    {
        var wait = nextDue is { } due && due - now < pollInterval ? due - now : pollInterval;
        return wait < MinimumWait ? MinimumWait : wait;
    }

    /// <summary>
    /// "slug-2", "slug-3"…: a scheduled story whose slug was taken on its day still goes out. The base is cut
    /// (at no trailing hyphen) when the suffix would push the slug past its maximum length.
    /// </summary>
    public static string SlugWithSuffix(string slug, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 2);
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{number}");
        var room = Article.SlugMaxLength - suffix.Length;
        return (slug.Length > room ? slug[..room].TrimEnd('-') : slug) + suffix;
    }
}
