using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NewsCms.Core.Staff;
using NewsCms.Web.Mail;

namespace NewsCms.Web.Staff;

/// <summary>A forgotten password: a reset link by mail, and the set-password form that link (or an invitation) opens.</summary>
[Route("account")]
public sealed class PasswordController(UserManager<StaffUser> users, PasswordLinks links, Mailer mailer, ILogger<PasswordController> logger) : Controller
{
    /// <summary>One answer whether or not the address has an account, so the form tells nothing about who works here.</summary>
    public const string SentMessage =
        "If an account has that address, a link to set a new password is on its way to it. Check your email; the link works once.";

    public const string ExpiredMessage =
        "This link has expired or has already been used. Ask for a new one below.";

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel(new ForgotPasswordInput(), mailer.IsEnabled));

    [HttpPost("forgot-password")]
    [EnableRateLimiting(StaffExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> ForgotPassword([Bind(Prefix = "Input")] ForgotPasswordInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return View(new ForgotPasswordViewModel(input, mailer.IsEnabled));

        // A disabled account gets no link: its password is not what keeps it out, and a reset must not suggest otherwise.
        var user = await users.FindByEmailAsync(input.Email.Trim());
        if (user is { IsDisabled: false, Email: not null })
            await links.MailAsync(user, PasswordLinkKind.Reset, Request, cancellationToken);
        else
            logger.LogInformation("Password reset asked for {Email}, which has no account that can sign in", input.Email);

        TempData["Notice"] = SentMessage;
        return RedirectToAction(nameof(ForgotPassword));
    }

    [HttpGet("set-password")]
    public async Task<IActionResult> SetPassword(string? user, string? token, bool invitation = false)
    {
        var input = new SetPasswordInput { User = user ?? "", Token = token ?? "", Invitation = invitation };
        return await FindAsync(input) is { } account && await links.IsValidAsync(account, input.Kind, input.Token)
            ? View(input)
            : Expired();
    }

    [HttpPost("set-password")]
    [EnableRateLimiting(StaffExtensions.SignInRateLimitPolicy)]
    public async Task<IActionResult> SetPassword(SetPasswordInput input)
    {
        var account = await FindAsync(input);
        if (account is null)
            return Expired();
        if (!ModelState.IsValid)
            return View(input);

        var result = await links.SetPasswordAsync(account, input.Kind, input.Token, input.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            return Expired();
        foreach (var error in result.Errors)
            ModelState.AddModelError(nameof(input.NewPassword), error.Description);
        if (!result.Succeeded)
            return View(input);

        // Whoever had been locked out by failed attempts starts afresh; a disabled account stays disabled.
        await users.ResetAccessFailedCountAsync(account);
        if (!account.IsDisabled)
            await users.SetLockoutEndDateAsync(account, null);
        logger.LogInformation("Staff account {UserId} set its password through a {Kind} link", account.Id, input.Kind);
        TempData["Notice"] = "Your password is set. Sign in with it now.";
        return LocalRedirect("/account/login");
    }

    private async Task<StaffUser?> FindAsync(SetPasswordInput input) =>
        input.User.Length == 0 || input.Token.Length == 0 ? null : await users.FindByIdAsync(input.User);

    private ViewResult Expired()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(ForgotPassword), new ForgotPasswordViewModel(new ForgotPasswordInput(), mailer.IsEnabled, ExpiredMessage));
    }
}
