using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Desk;

public sealed record NoteRow(long Id, string AuthorName, DateTimeOffset At, string Text);

/// <summary>
/// The notes thread beside the editor. Whoever may open the story in the newsroom may read and add to it;
/// <c>@author-slug</c> (the colleague's author address, e.g. @jane-doe) notifies that colleague.
/// </summary>
public sealed partial class EditorialNotes(NewsDbContext db, TimeProvider clock)
{
    public Task<List<NoteRow>> ThreadAsync(int articleId, CancellationToken cancellationToken) =>
        db.EditorialNotes.AsNoTracking()
            .Where(n => n.ArticleId == articleId)
            .OrderBy(n => n.At).ThenBy(n => n.Id)
            .Select(n => new NoteRow(n.Id, db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "The newsroom", n.At, n.Text))
            .ToListAsync(cancellationToken);

    /// <summary>Null when the note is fine; else the reason to show beside the field.</summary>
    public static string? Check(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Write the note."
        : text.Trim().Length > Article.NoteMaxLength ? $"The note is {text.Trim().Length:N0} characters; the limit is {Article.NoteMaxLength:N0}."
        : null;

    /// <summary>Adds a note to the unit of work (the caller saves): the note, a log line, and a notice to each colleague it mentions.</summary>
    public async Task AddAsync(Actor actor, Article article, string text, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        text = text.Trim();
        db.EditorialNotes.Add(new EditorialNote(article.Id, actor.UserId, text, now));
        var mentioned = await MentionedAsync(text, actor.UserId, cancellationToken);
        var author = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "A colleague";
        foreach (var recipient in mentioned)
            db.Notifications.Add(new Notification(recipient, NotificationKind.Mentioned, article, $"{author} mentioned you on {TransitionNotices.Quoted(article.Headline)}: {text}", now));
    }

    /// <summary>The staff a note names with @author-slug, but not its writer.</summary>
    private async Task<List<string>> MentionedAsync(string text, string writerId, CancellationToken cancellationToken)
    {
        var slugs = Mention().Matches(text).Select(m => m.Groups[1].Value.ToLowerInvariant()).Distinct().ToList();
        if (slugs.Count == 0)
            return [];
        return await db.Users.Where(u => slugs.Contains(u.AuthorSlug) && u.Id != writerId).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    [GeneratedRegex(@"(?<![\w@])@([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)")]
    private static partial Regex Mention();
}
