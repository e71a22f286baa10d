using NewsCms.Core.Articles;

namespace NewsCms.Core.Desk;

/// <summary>
/// One line of the conversation about a story, beside the editor. Never public: no reader page, feed or
/// search reads this table (docs/newsroom.md "Editorial notes").
/// </summary>
public sealed class EditorialNote
{
    private EditorialNote()
    {
    }

    public EditorialNote(int articleId, string authorId, string text, DateTimeOffset at)
    {
        ArticleId = articleId;
        AuthorId = authorId;
        Text = text.Length > Article.NoteMaxLength ? text[..Article.NoteMaxLength] : text;
        At = at;
    }

    public long Id { get; private set; }
    public int ArticleId { get; private set; }
    public string AuthorId { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
