using NewsCms.Core.Scheduling;

namespace NewsCms.Web.Scheduling;

/// <summary>The background publisher's settings (section "Scheduling" of appsettings).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>
    /// Off only for an instance that must never publish (a test host, a read-only replica); other instances on
    /// the same database still do, and /healthz shows when nobody does.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest sleep between runs: how late a story scheduled while the publisher sleeps can be.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    internal const string InvalidMessage = "Scheduling:PollInterval must be between 00:00:01 and 01:00:00.";

    internal bool IsValid() => PollInterval >= ScheduleRules.MinimumWait && PollInterval <= TimeSpan.FromHours(1);
}
