using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Comments;

/// <summary>
/// Scores what a comment says: each phrase from <see cref="CommentOptions.SpamPhrases"/> it contains, text that
/// repeats itself, and text of some length already sent in the last week under another story (the same message
/// pasted under story after story; a reader who posts twice on one story is not caught by it).
/// At <see cref="CommentOptions.SpamScoreThreshold"/> or above it is spam.
/// </summary>
public sealed class ContentScorer(NewsDbContext db, TimeProvider clock, IOptions<CommentOptions> options) : ISpamCheck
{
    public const int PhraseScore = 3;
    public const int SelfRepeatScore = 2;
    public const int AlreadySentScore = 3;

    /// <summary>"Thanks!" and "Great piece" are said under many stories by honest readers.</summary>
    private const int MinimumRepeatedLength = 40;

    public async ValueTask<string?> ReasonAsync(CommentSubmission comment, CancellationToken cancellationToken)
    {
        var body = comment.Body ?? "";
        var settings = options.Value;
        var score = Score(body, settings.SpamPhrases);
        if (score < settings.SpamScoreThreshold && body.Trim().Length >= MinimumRepeatedLength
            && await AlreadySentElsewhereAsync(body.Trim(), comment.ArticleId, cancellationToken))
            score += AlreadySentScore;
        return score >= settings.SpamScoreThreshold ? $"content score {score}" : null;
    }

    /// <summary>The part of the score that needs no database: phrases and self-repetition.</summary>
    public static int Score(string body, IEnumerable<string> phrases)
    {
        var score = phrases.Count(p => !string.IsNullOrWhiteSpace(p) && body.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)) * PhraseScore;
        return RepeatsItself(body) ? score + SelfRepeatScore : score;
    }

    /// <summary>At least 12 words, of which fewer than a third are different: "BUY NOW BUY NOW BUY NOW…".</summary>
    public static bool RepeatsItself(string body)
    {
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 12 && words.Select(w => w.ToLowerInvariant()).Distinct().Count() * 3 < words.Length;
    }

    private Task<bool> AlreadySentElsewhereAsync(string body, int articleId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        return db.Comments.AnyAsync(
            c => c.CreatedAt > since && c.ArticleId != articleId && c.StaffAuthorId == null && c.Body.Trim() == body,
            cancellationToken);
    }
}
