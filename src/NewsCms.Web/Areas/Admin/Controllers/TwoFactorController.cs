using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>One's own two-factor sign-in (an authenticator app, TOTP, through Identity): set up, new recovery codes, off.</summary>
[Area("Admin")]
[Authorize(Policy = StaffExtensions.StaffPolicy)]
[Route("admin/profile/two-factor")]
public sealed class TwoFactorController(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    IOptions<NewsroomOptions> newsroom,
    IOptions<AccountSettings> settings,
    ILogger<TwoFactorController> logger) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } me)
            return Challenge();
        if (me.TwoFactorEnabled)
            return View("Status", new TwoFactorStatusViewModel(await users.CountRecoveryCodesAsync(me), MayTurnOff()));
        return View("Setup", await SetupAsync(me, new TwoFactorSetupInput()));
    }

    /// <summary>The first code proves the app holds the key; only then is two-factor sign-in turned on.</summary>
    [HttpPost("")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Verify([Bind(Prefix = "Input")] TwoFactorSetupInput input)
    {
        if (await users.GetUserAsync(User) is not { } me)
            return Challenge();
        if (me.TwoFactorEnabled)
            return RedirectToAction(nameof(Index));
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(me, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorSignInInput.Digits(input.Code)))
            ModelState.AddModelError("Input." + nameof(input.Code), "That code does not match. Check the app shows this account, and enter the code it shows now.");
        if (!ModelState.IsValid)
            return View("Setup", await SetupAsync(me, input));

        await users.SetTwoFactorEnabledAsync(me, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(me, RecoveryCodeCount);
        await signIn.RefreshSignInAsync(me);
        logger.LogInformation("Staff account {UserId} turned two-factor sign-in on", me.Id);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes ?? []]));
    }

    /// <summary>New codes replace all the old ones, used or not.</summary>
    [HttpPost("recovery-codes")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { } me)
            return Challenge();
        if (!me.TwoFactorEnabled)
            return RedirectToAction(nameof(Index));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(me, RecoveryCodeCount);
        logger.LogInformation("Staff account {UserId} made new recovery codes", me.Id);
        return View("RecoveryCodes", new RecoveryCodesViewModel([.. codes ?? []]));
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable()
    {
        if (await users.GetUserAsync(User) is not { } me)
            return Challenge();
        if (!MayTurnOff())
        {
            TempData["Notice"] = "Admins must sign in with two-factor sign-in on this site: it stays on.";
            return RedirectToAction(nameof(Index));
        }

        await users.SetTwoFactorEnabledAsync(me, false);
        await users.ResetAuthenticatorKeyAsync(me);
        await signIn.RefreshSignInAsync(me);
        logger.LogInformation("Staff account {UserId} turned two-factor sign-in off", me.Id);
        TempData["Notice"] = "Two-factor sign-in is off. Remove this site from your authenticator app.";
        return RedirectToAction(nameof(ProfileController.Index), "Profile");
    }

    private bool MayTurnOff() => !(settings.Value.RequireTwoFactorForAdmins && User.IsInRole(Roles.Admin));

    /// <summary>The key is made once and kept until enrolment succeeds, so reloading the page keeps the same QR code.</summary>
    private async Task<TwoFactorSetupViewModel> SetupAsync(StaffUser me, TwoFactorSetupInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(me);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(me);
            await signIn.RefreshSignInAsync(me); // the reset renewed the security stamp, which would end this session
            key = await users.GetAuthenticatorKeyAsync(me) ?? "";
        }
        var uri = AuthenticatorQrCode.OtpAuthUri(newsroom.Value.Name, me.Email ?? me.UserName ?? "", key);
        return new TwoFactorSetupViewModel(key, AuthenticatorQrCode.PngDataUri(uri), input);
    }
}
