using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

/// <summary>A library picture as a tile: its thumbnail, and the line that places it in a story's body.</summary>
public sealed record MediaTileViewModel(PictureRef Picture, string FileName, string ThumbnailUrl, int ThumbnailWidth, int ThumbnailHeight)
{
    public string Snippet => BodyPictureSyntax.Snippet(Picture.Id, Picture.AltText);
}

public sealed record MediaLibraryViewModel(
    IReadOnlyList<MediaTileViewModel> Tiles,
    string? Query,
    bool UnusedOnly,
    int Page,
    bool HasOlder,
    IReadOnlyList<string> Messages,
    long MaxUploadBytes)
{
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
            query.Add($"q={Uri.EscapeDataString(Query)}");
        if (UnusedOnly)
            query.Add("unused=true");
        if (page > 1)
            query.Add($"page={page}");
        return "/admin/media" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}

public sealed record MediaEditViewModel(
    int Id,
    string FileName,
    int Width,
    int Height,
    string PreviewUrl,
    int PreviewWidth,
    int PreviewHeight,
    IReadOnlyList<(string Name, string Url)> Crops,
    IReadOnlyList<string> UsedBy,
    MediaDetailsInput Input);

public sealed class MediaDetailsInput
{
    [Display(Name = "Alt text")]
    [StringLength(MediaItem.TextMaxLength)]
    public string? AltText { get; set; }

    [StringLength(MediaItem.TextMaxLength)]
    public string? Caption { get; set; }

    [StringLength(MediaItem.CreditMaxLength)]
    public string? Credit { get; set; }

    [Display(Name = "Focal point, across (0 to 1)")]
    [Range(0.0, 1.0)]
    public double FocalX { get; set; } = 0.5;

    [Display(Name = "Focal point, down (0 to 1)")]
    [Range(0.0, 1.0)]
    public double FocalY { get; set; } = 0.5;
}
