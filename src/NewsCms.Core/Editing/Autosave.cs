namespace NewsCms.Core.Editing;

/// <summary>
/// One person's draft slot for one article: what the editor's script saved while they typed. It is never
/// the article: the published text changes only through a deliberate save.
/// </summary>
public sealed class Autosave
{
    public const int FieldsMaxLength = 200_000;

    private Autosave()
    {
    }

    public Autosave(int articleId, string userId, string fields, DateTimeOffset now)
    {
        ArticleId = articleId;
        UserId = userId;
        Replace(fields, now);
    }

    public int ArticleId { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>The form's fields as JSON (name → value), exactly as typed.</summary>
    public string Fields { get; private set; } = "{}";

    public DateTimeOffset SavedAt { get; private set; }

    public void Replace(string fields, DateTimeOffset now)
    {
        Fields = fields;
        SavedAt = now;
    }
}
