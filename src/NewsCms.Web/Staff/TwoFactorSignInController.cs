using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

/// <summary>
/// The second step of signing in, for accounts with two-factor sign-in: after the password, a code from the
/// authenticator app or, for a lost phone, a recovery code. Identity remembers who passed the first step
/// in a short-lived cookie of its own; without it these pages send the person back to sign in.
/// </summary>
[Route("account/two-factor")]
public sealed class TwoFactorSignInController(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ILogger<TwoFactorSignInController> logger) : Controller
{
    public const string WrongCodeMessage = "That code is not right, or its time has passed. Enter the code your app shows now.";

    [HttpGet("")]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? LocalRedirect("/account/login")
            : View(new TwoFactorSignInInput { ReturnUrl = returnUrl });

    [HttpPost("")]
    [EnableRateLimiting(StaffExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Code(TwoFactorSignInInput input)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return LocalRedirect("/account/login");
        if (!ModelState.IsValid)
            return View(input);

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorSignInInput.Digits(input.Code), isPersistent: false, rememberClient: input.RememberDevice);
        if (result.Succeeded)
            return await SignedInAsync(user, input.ReturnUrl, "authenticator code");

        logger.LogWarning("Two-factor code refused for staff account {UserId} (locked out: {LockedOut})", user.Id, result.IsLockedOut);
        ModelState.AddModelError(nameof(input.Code), result.IsLockedOut ? AccountController.FailedMessage : WrongCodeMessage);
        return View(input);
    }

    [HttpGet("recovery")]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? LocalRedirect("/account/login")
            : View(new RecoveryCodeSignInInput { ReturnUrl = returnUrl });

    /// <summary>Each recovery code works once: Identity strikes it off as it signs the person in.</summary>
    [HttpPost("recovery")]
    [EnableRateLimiting(StaffExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Recovery(RecoveryCodeSignInInput input)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
            return LocalRedirect("/account/login");
        if (!ModelState.IsValid)
            return View(input);

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
            return await SignedInAsync(user, input.ReturnUrl, "recovery code");

        logger.LogWarning("Recovery code refused for staff account {UserId}", user.Id);
        ModelState.AddModelError(nameof(input.RecoveryCode), result.IsLockedOut ? AccountController.FailedMessage : "That is not one of your unused recovery codes.");
        return View(input);
    }

    private async Task<IActionResult> SignedInAsync(StaffUser user, string? returnUrl, string how)
    {
        logger.LogInformation("Staff sign-in succeeded for {UserId} with a {How}", user.Id, how);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : AccountController.HomeFor(await users.GetRolesAsync(user)));
    }
}
