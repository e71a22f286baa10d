using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Core.Staff;

public sealed record NewAccount(StaffUser? User, string? Password, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// Creating staff accounts and resetting passwords. Passwords are generated here, strong and random, and
/// handed back once to be shown once; only Identity's hash is stored.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, NewsDbContext db, TimeProvider clock)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>
    /// 20 letters and digits without look-alikes (0/O, 1/l/I: it is read out or copied by hand), then "-NN".
    /// Identity wants a small letter, a capital and a digit; 20 random characters lack a small letter or a
    /// capital about once in 36,000 draws, and such a draw is simply made again.
    /// </summary>
    public static string GeneratePassword()
    {
        string letters;
        do
        {
            letters = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
        }
        while (!letters.Any(char.IsAsciiLetterLower) || !letters.Any(char.IsAsciiLetterUpper));
        return letters + "-" + RandomNumberGenerator.GetInt32(10, 99);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public async Task<NewAccount> CreateAsync(string email, string displayName, IEnumerable<string> roleNames)
    {
        await EnsureRolesAsync();
        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            AuthorSlug = await FreeAuthorSlugAsync(displayName),
        };
        var password = GeneratePassword();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return new NewAccount(null, null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRolesAsync(user, roleNames.Intersect(Roles.All).Distinct());
        return new NewAccount(user, password, []);
    }

    /// <summary>
    /// An account without a password, for someone invited by mail: they set their own through the mailed link.
    /// Until then nothing signs in to it. No display name: one is made from the address ("jane.doe@…" → "Jane Doe").
    /// </summary>
    public async Task<NewAccount> InviteAsync(string email, string? displayName, IEnumerable<string> roleNames)
    {
        await EnsureRolesAsync();
        var name = string.IsNullOrWhiteSpace(displayName) ? NameFromAddress(email) : displayName.Trim();
        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = name,
            AuthorSlug = await FreeAuthorSlugAsync(name),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return new NewAccount(null, null, created.Errors.Select(e => e.Description).ToList());
        await users.AddToRolesAsync(user, roleNames.Intersect(Roles.All).Distinct());
        return new NewAccount(user, null, []);
    }

    public static string NameFromAddress(string email)
    {
        var words = email.Trim().Split('@')[0].Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return name.Length == 0 ? "New colleague" : name[..Math.Min(name.Length, StaffUser.DisplayNameMaxLength)];
    }

    public async Task<string> ResetPasswordAsync(StaffUser user)
    {
        var password = GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Succeed(await users.ResetPasswordAsync(user, token, password));
        await users.ResetAccessFailedCountAsync(user);

        // Someone locked out by failed attempts gets in with the new password; a disabled account stays disabled.
        if (!user.IsDisabled)
            await users.SetLockoutEndDateAsync(user, null);
        return password;
    }

    /// <summary>
    /// Turns two-factor sign-in off and forgets the authenticator key, the recovery codes and remembered
    /// devices (a lost phone). The new security stamp ends the person's sessions; they sign in with their password and enrol again.
    /// </summary>
    public async Task ResetTwoFactorAsync(StaffUser user)
    {
        Succeed(await users.SetTwoFactorEnabledAsync(user, false));
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        Succeed(await users.ResetAuthenticatorKeyAsync(user));
    }

    /// <summary>Saves changes made to the account's profile (display name, author slug, bio).</summary>
    public async Task SaveAsync(StaffUser user) => Succeed(await users.UpdateAsync(user));

    /// <summary>
    /// Gives the person exactly these roles. The security stamp changes with them, so the person's open
    /// sessions pick the change up at the next validation (within a minute).
    /// </summary>
    public async Task SetRolesAsync(StaffUser user, IEnumerable<string> roleNames, Actor? by = null)
    {
        var wanted = roleNames.Intersect(Roles.All).ToHashSet(StringComparer.Ordinal);
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count == 0 && added.Count == 0)
            return;

        await EnsureRolesAsync();

        // Identity saves through this same context, so the log line is written with the role change.
        var detail = $"Roles now: {string.Join(", ", wanted.Order(StringComparer.Ordinal))} (added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)})";
        db.ActivityLog.Add(new ActivityEntry(by?.UserId ?? Actor.SystemId, ActivityAction.RolesChanged, clock.GetUtcNow(), null, detail, user.Id));
        Succeed(await users.RemoveFromRolesAsync(user, removed));
        Succeed(await users.AddToRolesAsync(user, added));
        Succeed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// Locks the account "forever" (<see cref="StaffUser.IsDisabled"/>); the new security stamp ends its
    /// open sessions within a minute. Its articles and author page stay.
    /// </summary>
    public async Task DisableAsync(StaffUser user)
    {
        Succeed(await users.SetLockoutEnabledAsync(user, true));
        Succeed(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Succeed(await users.UpdateSecurityStampAsync(user));
    }

    public async Task EnableAsync(StaffUser user)
    {
        Succeed(await users.SetLockoutEndDateAsync(user, null));
        Succeed(await users.ResetAccessFailedCountAsync(user));
    }

    /// <summary>"Jane Doe" → "jane-doe", or "jane-doe-2" when a colleague has the same name.</summary>
    public async Task<string> FreeAuthorSlugAsync(string displayName, string? exceptUserId = null)
    {
        var slug = Slug.FromHeadline(displayName, StaffUser.DisplayNameMaxLength - 4);
        if (slug.Length == 0)
            slug = "staff";
        var taken = await users.Users.Where(u => u.AuthorSlug.StartsWith(slug) && u.Id != exceptUserId).Select(u => u.AuthorSlug).ToListAsync();
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }

    /// <summary>What the forms check beforehand cannot fail here; if it does anyway, that is a bug, not a user error.</summary>
    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
