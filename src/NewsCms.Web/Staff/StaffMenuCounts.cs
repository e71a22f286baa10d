using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;

namespace NewsCms.Web.Staff;

/// <summary>
/// The two numbers the staff menu shows on every staff page — unread notifications and, for moderators, pending
/// comments — read in one round trip (two indexed counts as scalar subqueries). Staff pages are never cached,
/// so both are always current.
/// </summary>
public sealed class StaffMenuCounts(NewsDbContext db)
{
    public sealed record Figures(int Unread, int Pending);

    public async Task<Figures> ReadAsync(string? userId, bool withPending, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return new Figures(0, 0);
        }
        // One row to hang the subqueries on: the signed-in person's own account row.
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new Figures(
                db.Notifications.Count(n => n.RecipientId == u.Id && n.ReadAt == null),
                withPending ? db.Comments.Count(c => c.Status == CommentStatus.Pending) : 0))
            .SingleOrDefaultAsync(cancellationToken) ?? new Figures(0, 0);
    }
}
