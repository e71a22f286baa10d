using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Staff;

/// <summary>Staff account rules (section "Accounts"); see docs/accounts.md.</summary>
public sealed class AccountSettings
{
    public const string SectionName = "Accounts";

    /// <summary>How long a mailed password-reset link works (once).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long an invitation link works (once).</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Admins must sign in with a second factor; one without it is sent to set it up first.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>How long "remember this device" spares the second step on that browser.</summary>
    [Range(1, 365)]
    public int RememberDeviceDays { get; set; } = 30;
}
