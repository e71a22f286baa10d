using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// At least one of the newsroom's roles. An account without any could sign in and do nothing;
/// disabling it is the way to shut someone out.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AnyStaffRoleAttribute() : ValidationAttribute("Choose at least one role.")
{
    public override bool IsValid(object? value) => value is IEnumerable<string> roles && roles.Any(Roles.All.Contains);
}

public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter the person's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "An email address has at most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the name shown on bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A display name has at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [AnyStaffRole]
    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];
}

/// <summary>An invitation by mail: the person sets their own password through the link.</summary>
public sealed class InvitationInput
{
    [Required(ErrorMessage = "Enter the person's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "An email address has at most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A display name has at most {1} characters.")]
    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    /// <summary>Reporter unless the admin picks otherwise: the least a newsroom account can do.</summary>
    [AnyStaffRole]
    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [NewsCms.Core.Staff.Roles.Reporter];
}

/// <summary>An admin's edit of someone's account: their author profile and their roles.</summary>
public sealed class UserInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the name shown on bylines.")]
    [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "A display name has at most {1} characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Author slug")]
    public string? AuthorSlug { get; set; }

    [StringLength(StaffUser.BioMaxLength, ErrorMessage = "A bio has at most {1} characters.")]
    [Display(Name = "Bio")]
    public string? Bio { get; set; }

    [AnyStaffRole]
    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    public static UserInput From(StaffUser user, IEnumerable<string> roles) =>
        new() { DisplayName = user.DisplayName, AuthorSlug = user.AuthorSlug, Bio = user.Bio, Roles = [.. roles] };

    /// <summary>An empty author slug is made by the controller from the display name (it needs the database to stay unique).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        string.IsNullOrWhiteSpace(AuthorSlug)
            ? []
            : SlugField.Validate(AuthorSlug.Trim(), StaffUser.DisplayNameMaxLength, nameof(AuthorSlug));

    public void ApplyTo(StaffUser user, string authorSlug)
    {
        user.DisplayName = DisplayName.Trim();
        user.AuthorSlug = authorSlug;
        user.Bio = ProfileInput.Tidy(Bio);
    }
}
