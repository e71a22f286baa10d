using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Desk;

public enum WayBack
{
    SendBack,
    Withdraw,
    Unschedule,
    RestoreFromArchive,
}

public enum WayBackOutcome
{
    Done,
    NotFound,
    Forbidden,
    NoteRefused,
}

/// <summary>Runs one way back to Draft (<see cref="Article"/>'s SendBack, Withdraw, Unschedule, RestoreFromArchive) and saves.</summary>
public sealed class WaysBack(NewsDbContext db, EditorialNotes notes, TimeProvider clock)
{
    public static bool Allows(Article article, Actor actor, WayBack way) => way switch
    {
        WayBack.SendBack => ArticleWorkflow.CanSendBack(article, actor),
        WayBack.Withdraw => ArticleWorkflow.CanWithdraw(article, actor),
        WayBack.Unschedule => ArticleWorkflow.CanUnschedule(article, actor),
        WayBack.RestoreFromArchive => ArticleWorkflow.CanRestoreFromArchive(article, actor),
        _ => false,
    };

    /// <summary>Send back also puts its note in the story's thread, where the reporter reads it beside the text.</summary>
    public async Task<WayBackOutcome> TakeAsync(Actor actor, int id, WayBack way, string? note, CancellationToken cancellationToken)
    {
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Authors).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
            return WayBackOutcome.NotFound;
        if (!Allows(article, actor, way))
            return WayBackOutcome.Forbidden;
        if (way == WayBack.SendBack && EditorialNotes.Check(note) is not null)
            return WayBackOutcome.NoteRefused;

        var now = clock.GetUtcNow();
        switch (way)
        {
            case WayBack.SendBack:
                article.SendBack(actor, note!, now);
                await notes.AddAsync(actor, article, note!, cancellationToken);
                break;
            case WayBack.Withdraw: article.Withdraw(actor, now); break;
            case WayBack.Unschedule: article.Unschedule(actor, now); break;
            case WayBack.RestoreFromArchive: article.RestoreFromArchive(actor, now); break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return WayBackOutcome.Done;
    }
}
