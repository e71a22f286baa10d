using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>One's own author profile and password, for every member of staff whatever their role.</summary>
[Area("Admin")]
[Authorize(Policy = StaffExtensions.StaffPolicy)]
[Route("admin/profile")]
public sealed class ProfileController(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffAccounts accounts, StaffSessions sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var me = await users.GetUserAsync(User);
        return me is null ? Challenge() : View(await PageAsync(me, ProfileInput.From(me)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(ProfileInput input)
    {
        var me = await users.GetUserAsync(User);
        if (me is null)
            return Challenge();
        if (!ModelState.IsValid)
            return View(nameof(Index), await PageAsync(me, input));

        input.ApplyTo(me);
        await accounts.SaveAsync(me);
        TempData["Notice"] = "Your profile has been saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(PasswordChangeInput input)
    {
        var me = await users.GetUserAsync(User);
        if (me is null)
            return Challenge();
        if (ModelState.IsValid)
        {
            // Identity's own rules (length and so on) decide; each reason goes beside the field it is about.
            var result = await users.ChangePasswordAsync(me, input.CurrentPassword, input.NewPassword);
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ModelState.AddModelError(nameof(input.CurrentPassword), "That is not your current password.");
                else
                    ModelState.AddModelError(nameof(input.NewPassword), error.Description);
            }
        }

        if (!ModelState.IsValid)
            return View(nameof(Index), await PageAsync(me, ProfileInput.From(me)));

        // The change renewed the security stamp, ending every session within a minute; this one carries on.
        await signIn.RefreshSignInAsync(me);
        TempData["Notice"] = "Your password has been changed.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Ends one of one's own other sessions; someone else's session id is not found (404).</summary>
    [HttpPost("sessions/{sessionId:guid}/end")]
    public async Task<IActionResult> EndSession(Guid sessionId)
    {
        var me = users.GetUserId(User);
        if (me is null)
            return Challenge();
        if (sessionId == StaffSignInManager.SessionOf(User) || !await sessions.EndAsync(me, sessionId))
            return NotFound();
        TempData["Notice"] = "That session has ended: it must sign in again.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("sessions/end-others")]
    public async Task<IActionResult> EndOtherSessions()
    {
        var me = users.GetUserId(User);
        if (me is null)
            return Challenge();
        var ended = await sessions.EndAllAsync(me, StaffSignInManager.SessionOf(User));
        TempData["Notice"] = ended == 1 ? "1 other session has ended." : $"{ended} other sessions have ended.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ProfileViewModel> PageAsync(StaffUser me, ProfileInput profile)
    {
        var current = StaffSignInManager.SessionOf(User);
        var rows = (await sessions.ListAsync(me.Id))
            .Select(s => new SessionRow(s.Id, s.UserAgent, s.Address, s.CreatedAt, s.LastSeenAt, s.Id == current))
            .OrderByDescending(r => r.IsThisDevice)
            .ToList();
        return new(me.Email ?? "", me.AuthorSlug, profile, new PasswordChangeInput(), me.TwoFactorEnabled, rows);
    }
}
