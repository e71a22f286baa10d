using System.Net.Mail;
using System.Text.RegularExpressions;

namespace NewsCms.Core.Comments;

/// <summary>The rules every comment meets before it is stored; pure functions, so they are tested without a database.</summary>
public static partial class CommentRules
{
    public const int EmailMaxLength = 320;

    /// <summary>Field name → reason, for each field that breaks a rule. Empty when the comment may be stored.</summary>
    public static Dictionary<string, string> Validate(string? name, string? email, string? body)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(name))
            errors["Name"] = "Please give a name to show with your comment.";
        else if (name.Trim().Length > Comment.NameMaxLength)
            errors["Name"] = $"A name has at most {Comment.NameMaxLength} characters.";

        if (!string.IsNullOrWhiteSpace(email) && (email.Trim().Length > EmailMaxLength || !IsEmail(email.Trim())))
            errors["Email"] = "That does not look like an email address; leave it empty if you prefer.";

        if (string.IsNullOrWhiteSpace(body))
            errors["Body"] = "Please write a comment.";
        else if (body.Length > Comment.BodyMaxLength)
            errors["Body"] = $"A comment has at most {Comment.BodyMaxLength:N0} characters; this one has {body.Length:N0}.";
        return errors;
    }

    public static int CountLinks(string body) => Link().Count(body);

    /// <summary>
    /// Where a new comment starts: machine-filled forms and link-stuffed text go to Spam (a moderator can
    /// still rescue them), trusted senders are published at once, everyone else waits in the queue.
    /// </summary>
    public static CommentStatus InitialStatus(string body, bool looksAutomated, int approvedBefore, CommentOptions options)
    {
        if (looksAutomated || HasTooManyLinks(body, options))
            return CommentStatus.Spam;
        return IsTrusted(approvedBefore, options) ? CommentStatus.Approved : CommentStatus.Pending;
    }

    public static bool HasTooManyLinks(string body, CommentOptions options) => CountLinks(body) > options.MaxLinks;

    public static bool IsTrusted(int approvedBefore, CommentOptions options) =>
        options.TrustAfterApproved > 0 && approvedBefore >= options.TrustAfterApproved;

    /// <summary>Open unless someone closed them, or the automatic close (if set) has passed.</summary>
    public static bool AcceptsComments(bool commentsOpen, DateTimeOffset? publishedAt, DateTimeOffset now, CommentOptions options) =>
        commentsOpen
        && (options.CloseAfterDays == 0 || publishedAt is null || now < publishedAt.Value.AddDays(options.CloseAfterDays));

    /// <summary>Emails are compared trimmed and lower-cased, so trust and bans do not depend on how someone typed it.</summary>
    public static string? NormaliseEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    private static bool IsEmail(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal);

    /// <summary>What counts as a link: an http(s) address or a bare www. one.</summary>
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Link();
}
