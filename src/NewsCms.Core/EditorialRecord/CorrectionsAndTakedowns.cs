using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.EditorialRecord;

public enum DeskOutcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}

public sealed record DeskResult(DeskOutcome Outcome, IReadOnlyList<FieldError>? Errors = null);

/// <summary>Corrections and takedowns: each one, its activity line and the article's change saved together.</summary>
public sealed class CorrectionsAndTakedowns(NewsDbContext db, TimeProvider clock)
{
    public async Task<DeskResult> CorrectAsync(Actor actor, int articleId, CorrectionKind kind, string? text, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return new DeskResult(DeskOutcome.NotFound);
        if (!EditorialRules.CanCorrect(article, actor))
            return new DeskResult(DeskOutcome.Forbidden);
        if (string.IsNullOrWhiteSpace(text))
            return new DeskResult(DeskOutcome.Invalid, [new("Text", "Write the note readers will see.")]);
        if (text.Length > Correction.TextMaxLength)
            return new DeskResult(DeskOutcome.Invalid, [new("Text", $"A note has at most {Correction.TextMaxLength} characters.")]);

        var now = clock.GetUtcNow();
        db.Corrections.Add(article.Correct(actor, kind, text, now));
        db.ActivityLog.Add(new ActivityEntry(actor.UserId, ActivityAction.Corrected, now, article, $"{kind}: {text.Trim()}"));
        await db.SaveChangesAsync(cancellationToken);
        return new DeskResult(DeskOutcome.Done);
    }

    public async Task<DeskResult> TakeDownAsync(Actor actor, int articleId, string? publicReason, string? internalReason, CancellationToken cancellationToken)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return new DeskResult(DeskOutcome.NotFound);
        if (!EditorialRules.CanTakeDown(article, actor))
            return new DeskResult(DeskOutcome.Forbidden);
        var errors = new List<FieldError>();
        Require(errors, "PublicReason", publicReason, "Give the reason readers will see.");
        Require(errors, "InternalReason", internalReason, "Give the reason the newsroom keeps.");
        if (errors.Count > 0)
            return new DeskResult(DeskOutcome.Invalid, errors);

        // The status change writes the TakenDown activity line (see ArticleHistory); this keeps the internal reason.
        db.Takedowns.Add(article.TakeDown(actor, publicReason!, internalReason!, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new DeskResult(DeskOutcome.Done);
    }

    private static void Require(List<FieldError> errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
            errors.Add(new(field, message));
        else if (value.Trim().Length > Article.ReasonMaxLength)
            errors.Add(new(field, $"A reason has at most {Article.ReasonMaxLength} characters."));
    }
}
