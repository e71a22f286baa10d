using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Staff;

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    [StringLength(256, ErrorMessage = "An email address has at most {1} characters.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";
}

/// <summary>The form a mailed link opens (a reset or an invitation): the link's user and token ride along hidden.</summary>
public sealed class SetPasswordInput
{
    public string User { get; set; } = "";

    public string Token { get; set; } = "";

    public bool Invitation { get; set; }

    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the new password again.")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = "";

    public PasswordLinkKind Kind => Invitation ? PasswordLinkKind.Invitation : PasswordLinkKind.Reset;
}

/// <summary>The forgot-password page: the form, whether mail is on at all, and why the person is here if a link failed.</summary>
public sealed record ForgotPasswordViewModel(ForgotPasswordInput Input, bool MailEnabled, string? Problem = null);
