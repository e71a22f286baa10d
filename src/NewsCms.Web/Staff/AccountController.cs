using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

/// <summary>Staff sign-in and sign-out. There is no public registration: admins create accounts.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    IPasswordHasher<StaffUser> hasher,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>One answer for an unknown email, a wrong password and a locked account: none confirms an account.</summary>
    public const string FailedMessage =
        "That email and password do not match an account that can sign in now. Check them, or ask an admin if the account may be locked.";

    private static readonly StaffUser Decoy = new();
    private static string? decoyHash;

    /// <summary>Where a person lands after signing in: the first desk their roles open (a moderator the queue).</summary>
    internal static string HomeFor(IList<string> roles) =>
        Capabilities.Grants(roles, Capability.WriteArticles) ? "/admin"
        : Capabilities.Grants(roles, Capability.ModerateComments) ? "/moderation"
        : "/admin/profile";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(StaffExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
            return View(input);

        var user = await users.FindByEmailAsync(input.Email.Trim());
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            var result = await signIn.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("Staff sign-in succeeded for {Email}", input.Email);
                return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : HomeFor(await users.GetRolesAsync(user)));
            }

            // The password was right; the authenticator code comes next (a remembered device skips this).
            if (result.RequiresTwoFactor)
                return RedirectToAction(nameof(TwoFactorSignInController.Code), "TwoFactorSignIn", new { returnUrl = input.ReturnUrl });
        }
        else
        {
            // The same costly hash check a wrong password gets, so the answer's timing tells nothing either.
            decoyHash ??= hasher.HashPassword(Decoy, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Decoy, decoyHash, input.Password);
        }

        logger.LogWarning("Staff sign-in failed for {Email} (known: {Known})", input.Email, user is not null);
        ModelState.AddModelError("", FailedMessage);
        return View(input);
    }

    [HttpGet("logout")]
    [Authorize]
    public IActionResult Logout() => View();

    /// <summary>
    /// Deleting this session's row ends it on the server (a copy of the cookie is refused from now on); the
    /// person's other sessions carry on. This browser's "remember this device" goes with it.
    /// </summary>
    [HttpPost("logout")]
    public async Task<IActionResult> LogoutConfirmed()
    {
        await signIn.SignOutAsync();
        await signIn.ForgetTwoFactorClientAsync();
        return LocalRedirect("/");
    }
}
