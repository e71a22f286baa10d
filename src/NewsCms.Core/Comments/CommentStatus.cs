namespace NewsCms.Core.Comments;

/// <summary>
/// Only <see cref="Approved"/> comments are public and counted. <see cref="Trash"/> is where Delete puts a
/// comment: restorable (to the state it left) until the purge job removes it for good.
/// </summary>
public enum CommentStatus
{
    Pending,
    Approved,
    Rejected,
    Spam,
    Trash,
}
