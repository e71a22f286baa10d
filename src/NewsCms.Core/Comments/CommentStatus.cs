namespace NewsCms.Core.Comments;

/// <summary>Only <see cref="Approved"/> comments are public and counted.</summary>
public enum CommentStatus
{
    Pending,
    Approved,
    Rejected,
    Spam,
}
