using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>A protected cookie of comment ids this browser sent, newest last; a forged or stale one reads as empty.</summary>
public abstract class CommentIdsCookie(IDataProtectionProvider protection, string cookieName, string purpose, TimeSpan lifetime, int maxRemembered)
{
    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

    public IReadOnlyList<int> Read(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(cookieName, out var value) || string.IsNullOrEmpty(value))
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
        var ids = Read(context.Request).Append(commentId).TakeLast(maxRemembered);
        var value = _protector.Protect(string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        context.Response.Cookies.Append(cookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = lifetime,
            IsEssential = true,
        });
    }
}
