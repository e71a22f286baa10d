using Microsoft.AspNetCore.DataProtection;

namespace NewsCms.Web.Comments;

/// <summary>
/// The comments this browser sent: a protected, long-lived cookie of comment ids, given with every stored
/// comment. Trust is earned by these comments only (approved, from the same email): an address typed into
/// the form proves nothing, so a stranger typing a trusted reader's email waits in the queue
/// (docs/decisions.md). Read only on the comment POST, so the article HTML stays the same for everyone.
/// </summary>
public sealed class SenderCookie(IDataProtectionProvider protection)
    : CommentIdsCookie(protection, CookieName, "NewsCms.Comments.Sender.v1", TimeSpan.FromDays(365), maxRemembered: 50)
{
    public const string CookieName = "newscms.sender";
}
