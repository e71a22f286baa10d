using System.Net;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsCms.Core.Media;

namespace NewsCms.Core.Markdown;

/// <summary>
/// The one Markdown pipeline, run when an article is saved (never per request).
///
/// Safety guarantee: the HTML it returns cannot run script. Two independent layers make it so:
/// Markdig's <c>DisableHtml</c> turns any raw HTML in the Markdown into visible text, and the result then
/// goes through HtmlSanitizer's allow-list (tags, attributes and URL schemes http, https, mailto), which
/// drops event handlers and <c>javascript:</c>/<c>data:</c> links that Markdown link syntax could produce.
/// Either layer alone would do today; both together survive a future extension that emits something new.
/// Body pictures (<c>![alt](media:12 "caption")</c> on a line of its own, docs/pictures.md) become
/// <c>&lt;figure&gt;&lt;picture&gt;</c> from the library's facts, HTML-encoded, and pass the same sanitizer.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// Renders the body; a dateline, when given, leads the first paragraph in house style. Body pictures
    /// come from <paramref name="pictures"/>; one it does not hold renders nothing.
    /// </summary>
    public string Render(string markdown, string? dateline = null, BodyPictures? pictures = null)
    {
        var html = _sanitizer.Sanitize(ToHtml(markdown, pictures ?? BodyPictures.None)).Trim();
        if (string.IsNullOrWhiteSpace(dateline))
            return html;

        var lead = $"<span class=\"dateline\">{WebUtility.HtmlEncode(dateline)} \u2014</span>";
        return html.StartsWith("<p>", StringComparison.Ordinal)
            ? $"<p>{lead} {html[3..]}"
            : $"<p>{lead}</p>\n{html}";
    }

    /// <summary>The library pictures the body places (<c>![alt](media:12)</c>), in order, each once.</summary>
    public static IReadOnlyList<int> PictureIds(string markdown) =>
        [.. Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>()
            .Select(link => link.IsImage ? BodyPictureSyntax.IdOf(link.Url) : null)
            .OfType<int>()
            .Distinct()];

    private static string ToHtml(string markdown, BodyPictures pictures)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new PictureParagraphRenderer(pictures));
        renderer.Render(Markdig.Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// The body's first paragraph as plain text, cut at a word near <paramref name="maxLength"/>: what a list
    /// or a search engine shows when the editor wrote no standfirst.
    /// </summary>
    public static string Excerpt(string markdown, int maxLength = 300)
    {
        var text = Markdig.Markdown.ToPlainText(markdown, Pipeline);
        var first = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (first.Length <= maxLength)
            return first;
        var cut = first.LastIndexOf(' ', maxLength);
        return string.Concat(first.AsSpan(0, cut > 0 ? cut : maxLength), "\u2026");
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        // What a body picture needs; only BodyFigure writes these (raw HTML in the Markdown is text).
        sanitizer.AllowedTags.UnionWith(["figure", "figcaption", "picture", "source"]);
        sanitizer.AllowedAttributes.UnionWith(["srcset", "sizes", "loading", "decoding", "type", "class", "width", "height"]);
        return sanitizer;
    }
}
