using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Staff;

/// <summary>The second step of signing in: the authenticator app's six digits.</summary>
public sealed class TwoFactorSignInInput
{
    [Required(ErrorMessage = "Enter the six-digit code from your authenticator app.")]
    [StringLength(10, ErrorMessage = "The code is six digits.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Display(Name = "Remember this device")]
    public bool RememberDevice { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>Apps show "123 456"; people type "123-456" too.</summary>
    public static string Digits(string code) => new(code.Where(char.IsAsciiDigit).ToArray());
}

/// <summary>The second step with one of the recovery codes shown at enrolment, for a lost phone.</summary>
public sealed class RecoveryCodeSignInInput
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(20, ErrorMessage = "A recovery code has at most {1} characters.")]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
