using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The history and compare pages: an article's revisions with who and what changed, and diffs of every field.</summary>
public sealed class RevisionModels(NewsDbContext db)
{
    /// <summary>Null when there is no such article or the person may not see it (a reporter sees only their own).</summary>
    public async Task<HistoryViewModel?> HistoryAsync(int articleId, Actor actor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null || !ArticleWorkflow.CanView(article, actor))
            return null;
        var (rows, _) = await RowsAsync(articleId, cancellationToken);
        return new HistoryViewModel(articleId, article.Headline, rows.AsEnumerable().Reverse().ToList(), EditorialRules.CanRestore(article, actor));
    }

    public async Task<CompareViewModel?> CompareAsync(int articleId, long from, long to, Actor actor, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null || !ArticleWorkflow.CanView(article, actor))
            return null;
        var (rows, fields) = await RowsAsync(articleId, cancellationToken);
        var a = rows.FindIndex(r => r.Id == from);
        var b = rows.FindIndex(r => r.Id == to);
        if (a < 0 || b < 0)
            return null;
        var diffs = fields[a].Select((field, i) => new FieldDiffViewModel(
            field.Label, field.Value != fields[b][i].Value, TextDiff.Compare(field.Value, fields[b][i].Value))).ToList();
        return new CompareViewModel(articleId, article.Headline, rows[a], rows[b], diffs);
    }

    /// <summary>Oldest first, numbered from 1, each with the fields that changed since the one before.</summary>
    private async Task<(List<RevisionRowViewModel> Rows, List<IReadOnlyList<RevisionField>> Fields)> RowsAsync(int articleId, CancellationToken cancellationToken)
    {
        var revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var ids = revisions.SelectMany(r => r.AuthorIds.Append(r.ById ?? "")).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var fields = revisions.ConvertAll(r => RevisionFields.Of(r, names));
        var rows = revisions.Select((r, i) => new RevisionRowViewModel(
            r.Id, i + 1, r.At, NameOf(r.ById, names), StatusText.Of(r.Status), RevisionFields.Changed(i == 0 ? null : fields[i - 1], fields[i]))).ToList();
        return (rows, fields);
    }

    private static string NameOf(string? id, Dictionary<string, string> names) => id switch
    {
        null => "Unknown",
        Actor.SystemId => "The system",
        _ => names.GetValueOrDefault(id, "A former staff member"),
    };
}
