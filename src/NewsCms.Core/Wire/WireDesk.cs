using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Wire;

public enum WireDeskOutcome
{
    Done,
    NotFound,
    Forbidden,
    Embargoed,
}

public sealed record WireDeskResult(WireDeskOutcome Outcome, int? ArticleId = null, string? Message = null);

/// <summary>One row of the Incoming desk.</summary>
public sealed record WireDeskRow(
    long Id, string Source, DateTimeOffset ReceivedAt, string Headline, string? Slugline, DateTimeOffset? EmbargoedUntil, string Preview, string? EditorialNote, PictureRef? Picture);

/// <summary>
/// The Incoming desk: agency items not yet used. `Use` turns one into a draft owned by whoever took it, in the
/// normal workflow; `Publish now` (editors) sends it out at once, never before its embargo; `Dismiss` (editors)
/// takes it off the desk.
/// </summary>
public sealed class WireDesk(NewsDbContext db, AgencyStories stories, TimeProvider clock)
{
    public const int PageSize = 50;

    public Task<List<WireDeskRow>> WaitingAsync(int page, CancellationToken cancellationToken) =>
        db.WireItems.AsNoTracking()
            .Where(w => w.Status == WireItemStatus.Waiting)
            .OrderByDescending(w => w.ReceivedAt).ThenByDescending(w => w.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(w => new WireDeskRow(w.Id, w.Source, w.ReceivedAt, w.Headline, w.Slugline, w.EmbargoedUntil, w.Preview, w.EditorialNote,
                w.Picture == null ? null : new PictureRef(w.Picture.Id, w.Picture.Width, w.Picture.Height, w.Picture.FocalX, w.Picture.FocalY, w.Picture.ContentHash, w.Picture.AltText, w.Picture.Caption, w.Picture.Credit)))
            .ToListAsync(cancellationToken);

    public Task<WireDeskResult> UseAsync(Actor actor, long id, CancellationToken cancellationToken) =>
        TakeAsync(actor, id, Capability.WriteArticles, publish: false, cancellationToken);

    public Task<WireDeskResult> PublishNowAsync(Actor actor, long id, CancellationToken cancellationToken) =>
        TakeAsync(actor, id, Capability.PublishArticles, publish: true, cancellationToken);

    public async Task<WireDeskResult> DismissAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.PublishArticles))
            return new WireDeskResult(WireDeskOutcome.Forbidden);
        var item = await WaitingItemAsync(id, cancellationToken);
        if (item is null)
            return new WireDeskResult(WireDeskOutcome.NotFound);
        item.Dismiss(actor.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new WireDeskResult(WireDeskOutcome.Done);
    }

    private async Task<WireDeskResult> TakeAsync(Actor actor, long id, Capability needed, bool publish, CancellationToken cancellationToken)
    {
        if (!actor.Can(needed))
            return new WireDeskResult(WireDeskOutcome.Forbidden);
        var wire = await WaitingItemAsync(id, cancellationToken);
        if (wire is null)
            return new WireDeskResult(WireDeskOutcome.NotFound);
        var now = clock.GetUtcNow();
        if (publish && wire.EmbargoedUntil is { } until && until > now)
            return new WireDeskResult(WireDeskOutcome.Embargoed, Message: $"This item is embargoed until {until:u}; use it and schedule it for then.");

        var article = await stories.CreateAsync(wire.Item, wire.Source, actor, now, cancellationToken);
        if (publish)
            article.Publish(actor, now, stories.DayOf(now));
        wire.MarkUsed(article, actor.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return new WireDeskResult(WireDeskOutcome.Done, article.Id);
    }

    private Task<WireItem?> WaitingItemAsync(long id, CancellationToken cancellationToken) =>
        db.WireItems.SingleOrDefaultAsync(w => w.Id == id && w.Status == WireItemStatus.Waiting, cancellationToken);
}
