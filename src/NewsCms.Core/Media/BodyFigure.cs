using System.Globalization;
using System.Net;

namespace NewsCms.Core.Media;

/// <summary>
/// The stored HTML of a body picture: a figure with a WebP source and a JPEG fallback, srcset and sizes,
/// the fallback's width and height (no layout shift), lazy loading (it is never the first thing on the page),
/// and the caption and credit. Same classes as the lead's figure, so one stylesheet serves both.
/// </summary>
public static class BodyFigure
{
    /// <summary>The body column: as wide as the screen on a phone, 42rem from 44rem up.</summary>
    public const string Sizes = "(min-width: 44rem) 42rem, 100vw";

    /// <summary>
    /// The alt text is the library's (it describes the picture wherever it appears); the Markdown's is the
    /// fallback when the library has none. A caption in the Markdown is this story's own; otherwise the library's.
    /// </summary>
    public static string Html(PictureRef picture, IReadOnlyList<int> widths, string markdownAlt, string? markdownCaption)
    {
        var crop = MediaCrop.Original;
        var fallback = picture.WidthNear(crop, widths, 960);
        var alt = string.IsNullOrWhiteSpace(picture.AltText) ? markdownAlt : picture.AltText;
        var caption = string.IsNullOrWhiteSpace(markdownCaption) ? picture.Caption : markdownCaption;
        var html = string.Create(CultureInfo.InvariantCulture,
            $"""<figure class="picture picture--body"><picture><source type="image/webp" srcset="{E(picture.SrcSet(crop, widths, RenditionFormat.Webp))}" sizes="{Sizes}"><img src="{E(picture.Url(crop, fallback, RenditionFormat.Jpeg))}" srcset="{E(picture.SrcSet(crop, widths, RenditionFormat.Jpeg))}" sizes="{Sizes}" width="{fallback}" height="{picture.HeightAt(crop, fallback)}" alt="{E(alt)}" loading="lazy" decoding="async"></picture>""");
        if (!string.IsNullOrWhiteSpace(caption) || !string.IsNullOrWhiteSpace(picture.Credit))
        {
            var credit = string.IsNullOrWhiteSpace(picture.Credit) ? "" : $"""<span class="picture__credit">{E(picture.Credit)}</span>""";
            html += $"""<figcaption class="picture__caption">{E(caption)} {credit}</figcaption>""";
        }

        return html + "</figure>";
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
