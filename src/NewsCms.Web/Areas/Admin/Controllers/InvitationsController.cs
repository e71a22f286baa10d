using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Mail;
using NewsCms.Web.Staff;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>
/// Invitations by mail: the account is made without a password and the person sets theirs through a one-time,
/// expiring link. Without mail, New account (a password shown once) is the way.
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageUsers))]
[Route("admin/users")]
public sealed class InvitationsController(
    UserManager<StaffUser> users,
    StaffAccounts accounts,
    PasswordLinks links,
    Mailer mailer,
    ILogger<InvitationsController> logger) : Controller
{
    public const string NoMailMessage = "Invitations need mail, and this site sends none yet (see Smtp settings). Use New account instead: it shows a password once.";

    [HttpGet("invite")]
    public IActionResult Invite() => View(new InvitePageViewModel(new InvitationInput(), mailer.IsEnabled));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InvitationInput input, CancellationToken cancellationToken)
    {
        if (!mailer.IsEnabled)
            ModelState.AddModelError("", NoMailMessage);
        if (ModelState.GetFieldValidationState(nameof(input.Email)) == ModelValidationState.Valid && await users.FindByEmailAsync(input.Email.Trim()) is not null)
            ModelState.AddModelError(nameof(input.Email), "An account with this email address already exists.");
        if (!ModelState.IsValid)
            return View(new InvitePageViewModel(input, mailer.IsEnabled));

        var account = await accounts.InviteAsync(input.Email, input.DisplayName, input.Roles);
        if (!account.Succeeded)
        {
            foreach (var error in account.Errors)
                ModelState.AddModelError("", error);
            return View(new InvitePageViewModel(input, mailer.IsEnabled));
        }

        var user = account.User!;
        logger.LogInformation("Staff account {UserId} invited with roles {Roles} by {AdminId}", user.Id, input.Roles, users.GetUserId(User));
        TempData["Notice"] = await links.MailAsync(user, PasswordLinkKind.Invitation, Request, cancellationToken)
            ? $"Invitation sent to {user.Email}."
            : $"The account for {user.Email} is made, but the invitation could not be sent. Try Send invitation again on the account's page.";
        return RedirectToAction(nameof(UsersController.Index), "Users");
    }

    /// <summary>A new link for someone who has not signed up yet; an earlier one keeps working until it expires or is used.</summary>
    [HttpPost("{id}/invite")]
    public async Task<IActionResult> SendAgain(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        TempData["Notice"] = user.PasswordHash is not null ? $"{user.DisplayName} has already set a password."
            : await links.MailAsync(user, PasswordLinkKind.Invitation, Request, cancellationToken) ? $"Invitation sent to {user.Email} again."
            : "The invitation could not be sent: mail is off or the mail server refused it.";
        return RedirectToAction(nameof(UsersController.Edit), "Users", new { id });
    }
}
