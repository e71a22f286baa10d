using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Comments;

/// <summary>
/// The reader's comment form. The rules (lengths, email, replies) live in Core's CommentRules and
/// CommentIntake, the one place every comment path goes through; this class only names the fields.
/// </summary>
public sealed class CommentInput
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Email (optional)")]
    [DataType(DataType.EmailAddress)]
    public string? Email { get; set; }

    [Display(Name = "Comment")]
    public string? Body { get; set; }

    public int? ParentId { get; set; }

    /// <summary>The honeypot: hidden from sighted readers, labelled for screen readers; only machines fill it.</summary>
    [Display(Name = "Leave this field empty")]
    public string? Website { get; set; }

    /// <summary>When the form was shown (protected); see CommentFormTimer.</summary>
    public string? StartedAt { get; set; }
}

/// <summary>The comment form under an article, or on its own page for a reply or to show what was wrong.</summary>
public sealed record CommentFormViewModel(string ArticleUrl, CommentInput Input, string? ReplyingTo = null)
{
    public string Action => $"{ArticleUrl}/comments";

    /// <summary>
    /// Under a cached article the form is the same for every reader, so it cannot carry a per-reader
    /// antiforgery token or form stamp: comments.js asks /comments/token for both. A form sent without them
    /// comes back on a page of its own with a fresh token and the reader's text.
    /// </summary>
    public bool TokenByScript { get; init; }

    /// <summary>Why the form came back without a field to blame (an expired or missing token).</summary>
    public string? Notice { get; init; }
}

/// <summary>The form on a page of its own: replying without script, or re-shown with the reasons it was refused.</summary>
public sealed record CommentFormPageViewModel(string Headline, string ArticleUrl, CommentViewModel? Parent, CommentFormViewModel Form);

/// <summary>What /comments/pending returns to this browser's script: only its own comments still waiting.</summary>
public sealed record PendingCommentJson(int Id, int? ParentId, string AuthorName, IReadOnlyList<string> Paragraphs, string CreatedAt);

/// <summary>What /comments/token returns: the antiforgery field and token, and the form's stamp.</summary>
public sealed record CommentTokenJson(string Field, string Token, string StartedAt);
