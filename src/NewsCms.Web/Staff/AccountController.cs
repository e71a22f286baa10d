using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Staff;

/// <summary>Staff sign-in and sign-out. There is no public registration: admins create accounts.</summary>
[Route("account")]
public sealed class AccountController(SignInManager<StaffUser> signIn, ILogger<AccountController> logger) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
            return View(input);

        var result = await signIn.PasswordSignInAsync(input.Email.Trim(), input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Staff sign-in succeeded for {Email}", input.Email);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/admin");
        }

        // Never say which of the two was wrong: that would confirm which emails have accounts.
        logger.LogWarning("Staff sign-in failed for {Email} (locked out: {LockedOut})", input.Email, result.IsLockedOut);
        ModelState.AddModelError("", result.IsLockedOut
            ? "This account is locked: too many failed attempts, or it has been disabled. Try again later or ask an admin."
            : "That email and password do not match an account.");
        return View(input);
    }

    [HttpGet("logout")]
    [Authorize]
    public IActionResult Logout() => View();

    [HttpPost("logout")]
    public async Task<IActionResult> LogoutConfirmed()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
