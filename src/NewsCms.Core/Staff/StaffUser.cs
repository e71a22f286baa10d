using Microsoft.AspNetCore.Identity;
using NewsCms.Core.Data;

namespace NewsCms.Core.Staff;

/// <summary>A member of staff: an Identity account plus the public author profile readers see.</summary>
public sealed class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int BioMaxLength = 1000;

    public string DisplayName { get; set; } = "";

    /// <summary>The author page's address: /author/{slug}.</summary>
    public string AuthorSlug { get; set; } = "";

    public string? Bio { get; set; }

    /// <summary>Whether notifications (and, for moderators, the pending-comments digest) also come by mail; on unless the person turns it off.</summary>
    public bool MailNotifications { get; set; } = true;

    /// <summary>A disabled account keeps its articles and profile but cannot sign in (Identity lockout "forever").</summary>
    public bool IsDisabled => LockoutEnd == DateTimeOffset.MaxValue;
}

public static class StaffUserQueries
{
    /// <summary>Accounts that are not disabled: <see cref="StaffUser.IsDisabled"/> as a query (EF cannot translate the property).</summary>
    public static IQueryable<StaffUser> Active(this IQueryable<StaffUser> users) =>
        users.Where(u => u.LockoutEnd != DateTimeOffset.MaxValue);

    /// <summary>Accounts holding any of <paramref name="roles"/>: one EXISTS over Identity's role tables, in the same query.</summary>
    public static IQueryable<StaffUser> InAnyRole(this IQueryable<StaffUser> users, NewsDbContext db, IReadOnlyCollection<string> roles) =>
        users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
}
