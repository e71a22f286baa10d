using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;

namespace NewsCms.Core.Staff;

public sealed record NewAccount(StaffUser? User, string? Password, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// Creating staff accounts and resetting passwords. Passwords are generated here, strong and random, and
/// handed back once to be shown once; only Identity's hash is stored.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, RoleManager<IdentityRole> roles)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString(PasswordAlphabet, 20) + "-" + RandomNumberGenerator.GetInt32(10, 99);

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

    public async Task<string> ResetPasswordAsync(StaffUser user)
    {
        var password = GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.ResetAccessFailedCountAsync(user);
        return password;
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
}
