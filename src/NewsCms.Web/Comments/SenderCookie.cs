using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>
/// The comments this browser sent: a protected, long-lived cookie of comment ids, given with every stored
/// comment. Trust is earned by these comments only (approved, from the same email): an address typed into
/// the form proves nothing, so a stranger typing a trusted reader's email waits in the queue
/// (docs/decisions.md). Read only on the comment POST, so the article HTML stays the same for everyone.
/// </summary>
public sealed class SenderCookie(IDataProtectionProvider protection)
{
    public const string CookieName = "newscms.sender";
    private const int MaxRemembered = 50;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private readonly IDataProtector _protector = protection.CreateProtector("NewsCms.Comments.Sender.v1");

    public IReadOnlyList<int> Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
            return [];
        try
        {
            return _protector.Unprotect(value)
                .Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(id => int.Parse(id, CultureInfo.InvariantCulture))
                .ToList();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException)
        {
            return [];
        }
    }

    public void Remember(HttpContext context, int commentId)
    {
        var ids = Read(context.Request).Append(commentId).TakeLast(MaxRemembered);
        var value = _protector.Protect(string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
