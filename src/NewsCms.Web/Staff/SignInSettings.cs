using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Staff;

/// <summary>The per-address limit on sign-in attempts (section "SignIn" of appsettings); see docs/decisions.md.</summary>
public sealed class SignInSettings
{
    public const string SectionName = "SignIn";

    /// <summary>Sign-in POSTs one client address may make per window; below the per-account lockout threshold.</summary>
    [Range(1, int.MaxValue)]
    public int AttemptsPerWindow { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int WindowMinutes { get; set; } = 15;
}
