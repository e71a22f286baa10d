using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>
/// Which pending comments this browser sent: a protected, short-lived cookie of comment ids. It is read only
/// by /comments/pending (fetched by script), never while rendering the article, so the article HTML is the
/// same for everyone and stays cacheable.
/// </summary>
public sealed class PendingComments(IDataProtectionProvider protection)
{
    public const string CookieName = "newscms.pending";
    private const int MaxRemembered = 20;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly IDataProtector _protector = protection.CreateProtector("NewsCms.Comments.Pending.v1");

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
