using Microsoft.AspNetCore.Identity;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

public sealed record UserRowViewModel(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled);

public sealed record UsersViewModel(IReadOnlyList<UserRowViewModel> Users);

/// <summary>IsSelf: the admin looking at their own account, who may neither disable it nor drop their Admin role.</summary>
public sealed record UserEditViewModel(string Id, string Email, bool IsDisabled, bool IsSelf, UserInput Input)
{
    /// <summary>The page as stored: for the first view, and when an action on it is refused.</summary>
    public static async Task<UserEditViewModel> StoredAsync(UserManager<StaffUser> users, StaffUser user, bool isSelf) =>
        new(user.Id, user.Email ?? "", user.IsDisabled, isSelf, UserInput.From(user, await users.GetRolesAsync(user)));
}

/// <summary>A generated password, shown on this one page and never again (only its hash is stored).</summary>
public sealed record PasswordShownViewModel(string Heading, string UserId, string DisplayName, string Email, string Password);
