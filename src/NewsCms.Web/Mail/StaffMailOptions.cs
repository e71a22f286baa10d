using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Mail;

/// <summary>Mail to staff from the background (section "StaffMail"); it runs only when <see cref="SmtpSettings.Host"/> is set.</summary>
public sealed class StaffMailOptions
{
    public const string SectionName = "StaffMail";

    /// <summary>How often the mailer looks for notifications to send and whether a digest is due.</summary>
    [Range(5, 3600)]
    public int EverySeconds { get; set; } = 60;

    /// <summary>A notification not mailed within this many hours (mail was down, or off) is left to the bell alone.</summary>
    [Range(1, 720)]
    public int NotificationMaxAgeHours { get; set; } = 24;
}

/// <summary>The pending-comments digest to moderators and admins (section "Moderation").</summary>
public sealed class ModerationDigestOptions
{
    public const string SectionName = "Moderation";

    /// <summary>Hours between digests; 0 turns the digest off.</summary>
    [Range(0, 24 * 30)]
    public int DigestHours { get; set; } = 24;

    /// <summary>How many of the oldest pending comments the digest quotes.</summary>
    [Range(1, 100)]
    public int DigestSize { get; set; } = 10;
}
