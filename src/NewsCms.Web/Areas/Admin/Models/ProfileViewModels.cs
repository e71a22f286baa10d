using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>One's own profile page: the author profile form and the password form.</summary>
public sealed record ProfileViewModel(string Email, string AuthorSlug, ProfileInput Profile, PasswordChangeInput Password);

public sealed class ProfileInput
{
    [Required(ErrorMessage = "Enter the name shown on your bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A display name has at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [StringLength(StaffUser.BioMaxLength, ErrorMessage = "A bio has at most {1} characters.")]
    [Display(Name = "Bio")]
    public string? Bio { get; set; }

    public static ProfileInput From(StaffUser user) => new() { DisplayName = user.DisplayName, Bio = user.Bio };

    public static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The author slug stays as it is: links to the author page keep working after a change of name.</summary>
    public void ApplyTo(StaffUser user)
    {
        user.DisplayName = DisplayName.Trim();
        user.Bio = Tidy(Bio);
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
