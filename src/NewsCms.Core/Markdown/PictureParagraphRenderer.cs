using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsCms.Core.Media;

namespace NewsCms.Core.Markdown;

/// <summary>
/// A paragraph that is nothing but one library picture (<c>![alt](media:12 "caption")</c>) becomes a
/// figure, not a &lt;p&gt; around one (a figure cannot sit inside a paragraph). Any other paragraph renders as usual.
/// </summary>
internal sealed class PictureParagraphRenderer(BodyPictures pictures) : ParagraphRenderer
{
    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (SoleImage(obj) is not { } image || BodyPictureSyntax.IdOf(image.Url) is not { } id)
        {
            base.Write(renderer, obj);
            return;
        }

        // A picture the library does not hold (a mistyped number) leaves no trace on the page.
        if (pictures.Find(id) is { } picture)
            renderer.WriteLine(BodyFigure.Html(picture, pictures.Widths, AltOf(image), image.Title));
    }

    private static LinkInline? SoleImage(ParagraphBlock paragraph)
    {
        var parts = paragraph.Inline?.Where(i => !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())).ToList();
        return parts is [LinkInline { IsImage: true } image] ? image : null;
    }

    private static string AltOf(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
