using System.Linq.Expressions;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Comments;

public sealed record CommentViewModel(int Id, int? ParentId, string AuthorName, string Body, DateTimeOffset CreatedAt, bool IsStaff = false)
{
    /// <summary>The projection every comment query shares (EF translates it to the six columns).</summary>
    public static readonly Expression<Func<Comment, CommentViewModel>> FromComment =
        c => new CommentViewModel(c.Id, c.ParentId, c.AuthorName, c.Body, c.CreatedAt, c.StaffAuthorId != null);

    public IEnumerable<string> Paragraphs => CommentText.Paragraphs(Body);
}

/// <summary>A top-level comment and its replies (one level, as DESIGN.md allows).</summary>
public sealed record CommentThreadViewModel(CommentViewModel Comment, IReadOnlyList<CommentViewModel> Replies)
{
    public static IReadOnlyList<CommentThreadViewModel> From(IReadOnlyList<CommentViewModel> comments)
    {
        var replies = comments.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId);
        return comments
            .Where(c => c.ParentId is null)
            .Select(c => new CommentThreadViewModel(c, replies[c.Id].ToList()))
            .ToList();
    }
}
