using NewsCms.Core.Staff;

namespace NewsCms.Core.Articles;

/// <summary>A staff author on an article's byline, in byline order.</summary>
public sealed class ArticleAuthor
{
    private ArticleAuthor()
    {
    }

    public ArticleAuthor(string userId, int position)
    {
        UserId = userId;
        Position = position;
    }

    public int ArticleId { get; private set; }
    public string UserId { get; private set; } = "";
    public int Position { get; private set; }
    public StaffUser? User { get; private set; }
}
