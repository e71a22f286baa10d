using System.Text.Json;
using NewsCms.Core.Articles;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Media;

namespace NewsCms.Core.Wire;

public enum WireItemStatus
{
    Waiting,
    Used,
    Dismissed,
}

/// <summary>
/// One agency item on the Incoming desk. The parsed item is kept whole (as JSON) so `Use` builds the draft from
/// what the agency sent; the columns beside it are what the desk lists and filters on.
/// </summary>
public sealed class WireItem
{
    public const int SourceMaxLength = 100;
    public const int PreviewLength = 280;
    public const int SluglineMaxLength = 200;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private WireItem()
    {
    }

    public WireItem(string source, AgencyItem item, DateTimeOffset receivedAt)
    {
        Source = source.Length > SourceMaxLength ? source[..SourceMaxLength] : source;
        ReceivedAt = receivedAt;
        Replace(item, receivedAt);
    }

    public long Id { get; private set; }
    public string Source { get; private set; } = "";
    public string? AgencyId { get; private set; }
    public int? AgencyVersion { get; private set; }
    public WireFormat Format { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public string Headline { get; private set; } = "";
    public string? Slugline { get; private set; }
    public DateTimeOffset? EmbargoedUntil { get; private set; }
    public string Preview { get; private set; } = "";
    public string? EditorialNote { get; private set; }
    public string Content { get; private set; } = "";
    public WireItemStatus Status { get; private set; } = WireItemStatus.Waiting;
    public int? ArticleId { get; private set; }
    public Article? Article { get; private set; }
    /// <summary>The first of the item's pictures that is in the library, for the desk's thumbnail.</summary>
    public int? PictureId { get; private set; }
    public MediaItem? Picture { get; private set; }
    public string? HandledById { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }

    public AgencyItem Item => JsonSerializer.Deserialize<AgencyItem>(Content, Json)
        ?? throw new InvalidOperationException($"Wire item {Id} has no content.");

    /// <summary>A later version of the same agency item replaces the one waiting.</summary>
    public void Replace(AgencyItem item, DateTimeOffset receivedAt)
    {
        AgencyId = item.AgencyId;
        AgencyVersion = item.Version;
        Format = item.Format;
        Headline = item.Headline;
        Slugline = Truncate(item.Slugline, SluglineMaxLength);
        EmbargoedUntil = item.EmbargoedUntil;
        EditorialNote = Truncate(item.EditorialNote, Article.ReasonMaxLength);
        Preview = item.Preview(PreviewLength);
        Content = JsonSerializer.Serialize(item, Json);
        PictureId = item.Pictures.Select(p => p.MediaId).FirstOrDefault(id => id is not null);
        ReceivedAt = receivedAt;
    }

    /// <summary>The story made from this item; it may not be saved yet (the save fills in the id).</summary>
    public void MarkUsed(Article article, string byId, DateTimeOffset now)
    {
        Status = WireItemStatus.Used;
        Article = article;
        HandledById = byId;
        HandledAt = now;
    }

    public void Dismiss(string byId, DateTimeOffset now, string? note = null)
    {
        Status = WireItemStatus.Dismissed;
        HandledById = byId;
        HandledAt = now;
        EditorialNote = Truncate(note, Article.ReasonMaxLength) ?? EditorialNote;
    }

    private static string? Truncate(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;
}
