using NewsCms.Core.Articles;

namespace NewsCms.Core.EditorialRecord;

public enum CorrectionKind
{
    Correction,
    Clarification,
    Update,
}

/// <summary>A dated public note on a published article. There is no edit or delete path: a correction is never silently taken back.</summary>
public sealed class Correction
{
    public const int TextMaxLength = 2000;

    private Correction()
    {
    }

    internal Correction(Article article, CorrectionKind kind, string text, string byId, DateTimeOffset at)
    {
        Article = article;
        Kind = kind;
        Text = text.Length > TextMaxLength ? text[..TextMaxLength] : text;
        ById = byId;
        At = at;
    }

    public long Id { get; private set; }
    public int ArticleId { get; private set; }
    public Article? Article { get; private set; }
    public CorrectionKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string ById { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
