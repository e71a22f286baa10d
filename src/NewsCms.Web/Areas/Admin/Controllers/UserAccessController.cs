using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Whether a person can sign in: disabling, enabling, and resetting their password.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageUsers))]
[Route("admin/users/{id}")]
public sealed class UserAccessController(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    StaffAccounts accounts,
    StaffSessions sessions,
    ILogger<UserAccessController> logger) : Controller
{
    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        if (id == users.GetUserId(User))
        {
            ModelState.AddModelError("", "You cannot disable your own account: another admin can.");
            return View(UsersController.EditView, await UserEditViewModel.StoredAsync(users, user, isSelf: true));
        }

        await accounts.DisableAsync(user);
        logger.LogInformation("Staff account {UserId} disabled by {AdminId}", id, users.GetUserId(User));
        TempData["Notice"] = $"{user.DisplayName}: account disabled. They cannot sign in, and any open session ends within a minute.";
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id });
    }

    /// <summary>Signs the person out everywhere at once (an admin ending their own keeps the one they are using).</summary>
    [HttpPost("end-sessions")]
    public async Task<IActionResult> EndSessions(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();

        var keep = id == users.GetUserId(User) ? StaffSignInManager.SessionOf(User) : null;
        var ended = await sessions.EndAllAsync(user.Id, keep);
        logger.LogInformation("{Count} sessions of staff account {UserId} ended by {AdminId}", ended, id, users.GetUserId(User));
        TempData["Notice"] = keep is null
            ? $"{user.DisplayName}: all sessions ended. They must sign in again."
            : $"{user.DisplayName}: all your other sessions ended.";
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id });
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();

        await accounts.EnableAsync(user);
        logger.LogInformation("Staff account {UserId} enabled by {AdminId}", id, users.GetUserId(User));
        TempData["Notice"] = $"{user.DisplayName}: account enabled. They can sign in again.";
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id });
    }

    /// <summary>For a lost phone: the person signs in with their password alone and sets up two-factor sign-in again.</summary>
    [HttpPost("reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();

        await accounts.ResetTwoFactorAsync(user);
        if (id == users.GetUserId(User))
            await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Two-factor sign-in of staff account {UserId} reset by {AdminId}", id, users.GetUserId(User));
        TempData["Notice"] = $"{user.DisplayName}: two-factor sign-in reset. They sign in with their password and set it up again.";
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id });
    }

    /// <summary>Shows the new password on this response only; see <see cref="UsersController.Create"/>.</summary>
    [HttpPost("reset-password")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();

        // The reset renews the security stamp: the person's open sessions end (an admin resetting their own keeps theirs).
        var password = await accounts.ResetPasswordAsync(user);
        if (id == users.GetUserId(User))
            await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Password of staff account {UserId} reset by {AdminId}", id, users.GetUserId(User));
        return View(UsersController.PasswordView, new PasswordShownViewModel("Password reset", user.Id, user.DisplayName, user.Email ?? "", password));
    }
}
