using Microsoft.AspNetCore.Identity;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>IsInvited: invited by mail and not yet signed up (no password).</summary>
public sealed record UserRowViewModel(string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, bool IsDisabled, bool IsInvited);

public sealed record UsersViewModel(IReadOnlyList<UserRowViewModel> Users, InvitePageViewModel Invite);

/// <summary>The invitation form, on the staff list and on its own page when the input needs fixing.</summary>
public sealed record InvitePageViewModel(InvitationInput Input, bool MailEnabled);

/// <summary>IsSelf: the admin looking at their own account, who may neither disable it nor drop their Admin role.</summary>
public sealed record UserEditViewModel(string Id, string Email, bool IsDisabled, bool IsSelf, UserInput Input)
{
    /// <summary>Invited and not yet signed up: the invitation can be sent again.</summary>
    public bool IsInvited { get; init; }

    /// <summary>Signs in with a second factor: an admin can reset it (a lost phone).</summary>
    public bool HasTwoFactor { get; init; }

    /// <summary>The page as stored: for the first view, and when an action on it is refused.</summary>
    public static async Task<UserEditViewModel> StoredAsync(UserManager<StaffUser> users, StaffUser user, bool isSelf) =>
        new(user.Id, user.Email ?? "", user.IsDisabled, isSelf, UserInput.From(user, await users.GetRolesAsync(user)))
        {
            IsInvited = user.PasswordHash is null,
            HasTwoFactor = user.TwoFactorEnabled,
        };
}

/// <summary>A generated password, shown on this one page and never again (only its hash is stored).</summary>
public sealed record PasswordShownViewModel(string Heading, string UserId, string DisplayName, string Email, string Password);
