using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>One's own profile page: the author profile form and the password form.</summary>
public sealed record ProfileViewModel(
    string Email, string AuthorSlug, ProfileInput Profile, PasswordChangeInput Password, bool TwoFactorEnabled, IReadOnlyList<SessionRow> Sessions);

/// <summary>One line of "Sessions" on the profile: this browser is marked and has no End button.</summary>
public sealed record SessionRow(Guid Id, string UserAgent, string? Address, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, bool IsThisDevice);

public sealed class ProfileInput
{
    [Required(ErrorMessage = "Enter the name shown on your bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A display name has at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [StringLength(StaffUser.BioMaxLength, ErrorMessage = "A bio has at most {1} characters.")]
    [Display(Name = "Bio")]
    public string? Bio { get; set; }

    /// <summary>Notifications (and the moderators' digest) also by mail, when the site sends mail.</summary>
    [Display(Name = "Send my notifications by mail as well")]
    public bool MailNotifications { get; set; } = true;

    public static ProfileInput From(StaffUser user) => new() { DisplayName = user.DisplayName, Bio = user.Bio, MailNotifications = user.MailNotifications };

    public static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The author slug stays as it is: links to the author page keep working after a change of name.</summary>
    public void ApplyTo(StaffUser user)
    {
        user.DisplayName = DisplayName.Trim();
        user.Bio = Tidy(Bio);
        user.MailNotifications = MailNotifications;
    }
}

public sealed class PasswordChangeInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm new password")]
    public string ConfirmNewPassword { get; set; } = "";
}

/// <summary>Enrolment: the QR code and the same key as text, then the app's first code to prove it works.</summary>
public sealed record TwoFactorSetupViewModel(string Key, string QrCodeDataUri, TwoFactorSetupInput Input);

/// <summary>The page once two-factor sign-in is on: how many recovery codes are left; a setting may forbid turning it off.</summary>
public sealed record TwoFactorStatusViewModel(int RecoveryCodesLeft, bool MayTurnOff);

/// <summary>Recovery codes, shown on this one response and never again: no page lists them later.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes);

public sealed class TwoFactorSetupInput
{
    [Required(ErrorMessage = "Enter the six-digit code your authenticator app shows.")]
    [StringLength(10, ErrorMessage = "The code is six digits.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";
}
