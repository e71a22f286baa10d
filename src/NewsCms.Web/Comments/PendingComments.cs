using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>
/// Which pending comments this browser sent: a protected, short-lived cookie of comment ids. It is read only
/// by /comments/pending (fetched by script), never while rendering the article, so the article HTML is the
/// same for everyone and stays cacheable.
/// </summary>
public sealed class PendingComments(IDataProtectionProvider protection)
    : CommentIdsCookie(protection, CookieName, "NewsCms.Comments.Pending.v1", TimeSpan.FromDays(7), maxRemembered: 20)
{
    public const string CookieName = "newscms.pending";
}
