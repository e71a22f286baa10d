using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;
using NewsCms.Web.Areas.Admin.Models;
using NewsCms.Web.Mail;

namespace NewsCms.Web.Areas.Admin.Controllers;

/// <summary>Staff accounts: the list, new accounts, and an admin's edit of someone's profile and roles.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.ManageUsers))]
[Route("admin/users")]
public sealed class UsersController(
    NewsDbContext db,
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    StaffAccounts accounts,
    Mailer mailer,
    ILogger<UsersController> logger) : Controller
{
    public const string EditView = "~/Areas/Admin/Views/Users/Edit.cshtml";
    public const string PasswordView = "~/Areas/Admin/Views/Users/Password.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserRowViewModel(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name ?? "").OrderBy(n => n).ToList(),
                u.LockoutEnd == DateTimeOffset.MaxValue,
                u.PasswordHash == null))
            .ToListAsync(cancellationToken);
        return View(new UsersViewModel(rows, new InvitePageViewModel(new InvitationInput(), mailer.IsEnabled)));
    }

    [HttpGet("new")]
    public IActionResult New() => View(new NewUserInput());

    /// <summary>
    /// Renders the generated password straight away instead of redirecting: it must not travel in a URL or
    /// sit in the TempData cookie, and no-store keeps it out of caches and the back button.
    /// </summary>
    [HttpPost("new")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Create(NewUserInput input)
    {
        if (ModelState.GetFieldValidationState(nameof(input.Email)) == ModelValidationState.Valid && await users.FindByEmailAsync(input.Email.Trim()) is not null)
            ModelState.AddModelError(nameof(input.Email), "An account with this email address already exists.");
        if (!ModelState.IsValid)
            return View(nameof(New), input);

        var account = await accounts.CreateAsync(input.Email, input.DisplayName, input.Roles);
        if (!account.Succeeded)
        {
            foreach (var error in account.Errors)
                ModelState.AddModelError("", error);
            return View(nameof(New), input);
        }

        var user = account.User!;
        logger.LogInformation("Staff account {UserId} created with roles {Roles} by {AdminId}", user.Id, input.Roles, users.GetUserId(User));
        return View(PasswordView, new PasswordShownViewModel("Account created", user.Id, user.DisplayName, user.Email ?? "", account.Password!));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        return View(EditView, await UserEditViewModel.StoredAsync(users, user, isSelf: id == users.GetUserId(User)));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserInput input, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
            return NotFound();
        var isSelf = id == users.GetUserId(User);
        if (isSelf && !input.Roles.Contains(Roles.Admin))
            ModelState.AddModelError(nameof(input.Roles), "You cannot remove your own Admin role: another admin can.");
        var authorSlug = await AuthorSlugAsync(input, id, cancellationToken);
        if (!ModelState.IsValid)
            return View(EditView, new UserEditViewModel(user.Id, user.Email ?? "", user.IsDisabled, isSelf, input));

        input.ApplyTo(user, authorSlug);
        await accounts.SaveAsync(user);
        await accounts.SetRolesAsync(user, input.Roles, User.ToActor());

        // A role change renews the security stamp, which would end the admin's own session within a minute.
        if (isSelf)
            await signIn.RefreshSignInAsync(user);
        logger.LogInformation("Staff account {UserId} edited by {AdminId}; roles now {Roles}", id, users.GetUserId(User), input.Roles);
        TempData["Notice"] = $"{user.DisplayName}: account saved.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The typed author slug if it is free; an empty one is made from the display name, free by construction.</summary>
    private async Task<string> AuthorSlugAsync(UserInput input, string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.AuthorSlug))
            return await accounts.FreeAuthorSlugAsync(input.DisplayName ?? "", id);
        var slug = input.AuthorSlug.Trim();
        if (ModelState.GetFieldValidationState(nameof(input.AuthorSlug)) != ModelValidationState.Invalid
            && await db.Users.AnyAsync(u => u.AuthorSlug == slug && u.Id != id, cancellationToken))
            ModelState.AddModelError(nameof(input.AuthorSlug), $"Another member of staff already has the author page /author/{slug}.");
        return slug;
    }
}
