using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Mail;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Staff;

/// <summary>A reset link replaces a forgotten password; an invitation sets the first one.</summary>
public enum PasswordLinkKind
{
    Reset,
    Invitation,
}

/// <summary>
/// The mailed links to the set-password form: Identity tokens (data protection), each bound to the
/// account's security stamp, so a link stops working once it has been used (setting a password renews the
/// stamp) and when its lifetime is over.
/// </summary>
public sealed class PasswordLinks(
    UserManager<StaffUser> users,
    Mailer mailer,
    IOptions<PublicSiteOptions> site,
    IOptions<NewsroomOptions> newsroom,
    IOptions<AccountSettings> settings)
{
    public const string SetPasswordPath = "/account/set-password";
    private const string InvitationPurpose = "Invitation";

    /// <summary>Mails the link; false when mail is off or the server did not take it.</summary>
    public async Task<bool> MailAsync(StaffUser user, PasswordLinkKind kind, HttpRequest request, CancellationToken cancellationToken)
    {
        var token = kind == PasswordLinkKind.Reset
            ? await users.GeneratePasswordResetTokenAsync(user)
            : await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationPurpose);
        var link = $"{site.Value.BaseUrl(request)}{SetPasswordPath}?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}"
            + (kind == PasswordLinkKind.Invitation ? "&invitation=true" : "");
        return await mailer.SendAsync(Message(user, kind, link), cancellationToken);
    }

    private MailMessage Message(StaffUser user, PasswordLinkKind kind, string link)
    {
        var name = newsroom.Value.Name;
        return kind == PasswordLinkKind.Reset
            ? new MailMessage(user.Email!, $"Set a new password for {name}", $"""
                Hello {user.DisplayName},

                Someone (we hope you) asked to reset the password of your {name} staff account.
                To choose a new one, open this link within {Hours(settings.Value.ResetLinkLifetime)}. It works once:

                {link}

                If you did not ask, ignore this message: your password stays as it is.
                """)
            : new MailMessage(user.Email!, $"You are invited to {name}", $"""
                Hello {user.DisplayName},

                You have a staff account at {name}. To start, choose your password by opening this link
                within {Hours(settings.Value.InvitationLifetime)}. It works once:

                {link}

                Then sign in with this email address and that password.
                """);
    }

    private static string Hours(TimeSpan lifetime) =>
        lifetime.TotalHours < 48 ? $"{lifetime.TotalHours:0.#} hours" : $"{lifetime.TotalDays:0.#} days";

    /// <summary>Whether the link is still good, so an expired one is said before the person types a password.</summary>
    public async Task<bool> IsValidAsync(StaffUser user, PasswordLinkKind kind, string token) =>
        kind == PasswordLinkKind.Reset
            ? await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<StaffUser>.ResetPasswordTokenPurpose, token)
            : await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationPurpose, token) && !await users.HasPasswordAsync(user);

    /// <summary>Sets the password through the link; a bad or used token fails with Identity's InvalidToken.</summary>
    public async Task<IdentityResult> SetPasswordAsync(StaffUser user, PasswordLinkKind kind, string token, string password)
    {
        if (kind == PasswordLinkKind.Reset)
            return await users.ResetPasswordAsync(user, token, password);
        if (!await IsValidAsync(user, kind, token))
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        return await users.AddPasswordAsync(user, password);
    }
}
