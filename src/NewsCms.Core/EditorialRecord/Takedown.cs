using NewsCms.Core.Articles;

namespace NewsCms.Core.EditorialRecord;

/// <summary>A takedown's record: the public reason readers see and the internal one the newsroom keeps.</summary>
public sealed class Takedown
{
    private Takedown()
    {
    }

    public Takedown(Article article, string publicReason, string internalReason, string byId, DateTimeOffset at)
    {
        Article = article;
        PublicReason = publicReason.Trim();
        InternalReason = internalReason.Trim();
        ById = byId;
        At = at;
    }

    public long Id { get; private set; }
    public int ArticleId { get; private set; }
    public Article? Article { get; private set; }
    public string PublicReason { get; private set; } = "";
    public string InternalReason { get; private set; } = "";
    public string ById { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
