using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Editing;

/// <summary>Who else is editing (the soft lock) and the person's own autosaved draft slot.</summary>
public sealed record LockHolder(string UserId, string DisplayName, DateTimeOffset Since);

public sealed class EditingSessions(NewsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Opening the editor: takes the lock when it is free, lapsed or already this person's; otherwise leaves
    /// it and answers who holds it, for the banner.
    /// </summary>
    public async Task<LockHolder?> OpenAsync(Actor actor, int articleId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var held = await db.EditLocks.SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
        if (held is not null && held.UserId != actor.UserId && held.IsLive(now))
            return await HolderAsync(held, cancellationToken);
        await HoldAsync(held, actor, articleId, now, cancellationToken);
        return null;
    }

    /// <summary>The explicit `Take over`: the lock is this person's now, whoever held it.</summary>
    public async Task TakeOverAsync(Actor actor, int articleId, CancellationToken cancellationToken)
    {
        var held = await db.EditLocks.SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
        await HoldAsync(held, actor, articleId, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The open editor's heartbeat: refreshes the lock when it is still this person's; answers who holds it otherwise.</summary>
    public async Task<LockHolder?> BeatAsync(Actor actor, int articleId, CancellationToken cancellationToken)
    {
        var held = await db.EditLocks.SingleOrDefaultAsync(l => l.ArticleId == articleId, cancellationToken);
        if (held is not null && held.UserId != actor.UserId)
            return held.IsLive(clock.GetUtcNow()) ? await HolderAsync(held, cancellationToken) : null;
        await HoldAsync(held, actor, articleId, clock.GetUtcNow(), cancellationToken);
        return null;
    }

    /// <summary>Writes the person's draft slot; never the article.</summary>
    public async Task AutosaveAsync(Actor actor, int articleId, string fields, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var slot = await db.Autosaves.SingleOrDefaultAsync(a => a.ArticleId == articleId && a.UserId == actor.UserId, cancellationToken);
        if (slot is null)
            db.Autosaves.Add(new Autosave(articleId, actor.UserId, fields, now));
        else
            slot.Replace(fields, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<Autosave?> AutosaveOfAsync(Actor actor, int articleId, CancellationToken cancellationToken) =>
        db.Autosaves.AsNoTracking().SingleOrDefaultAsync(a => a.ArticleId == articleId && a.UserId == actor.UserId, cancellationToken);

    /// <summary>After a deliberate save the slot has served its purpose.</summary>
    public Task DiscardAutosaveAsync(Actor actor, int articleId, CancellationToken cancellationToken) =>
        db.Autosaves.Where(a => a.ArticleId == articleId && a.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);

    private async Task HoldAsync(EditLock? held, Actor actor, int articleId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (held is null)
            db.EditLocks.Add(new EditLock(articleId, actor.UserId, now));
        else
            held.Hold(actor.UserId, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people opened the article in the same instant; the other one holds it now, which is fine for a soft lock.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<LockHolder> HolderAsync(EditLock held, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.Id == held.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return new LockHolder(held.UserId, name ?? "Someone", held.Since);
    }
}
