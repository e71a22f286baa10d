using NewsCms.Core.Markdown;
using NewsCms.Core.Media;

namespace NewsCms.Tests.Markdown;

public class BodyPictureRenderingTests
{
    private static readonly PictureRef Picture = new(7, 1600, 1000, 0.5, 0.5, "abc", null, "From the library", "Jane <Doe>");
    private static readonly BodyPictures Pictures = new(new Dictionary<int, PictureRef> { [7] = Picture }, [320, 640, 960, 1280]);
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void A_picture_alone_on_its_line_is_a_figure_not_a_paragraph()
    {
        var html = _renderer.Render("Before.\n\n![Boats](media:7)\n\nAfter.", pictures: Pictures);

        Assert.Contains("<p>Before.</p>\n<figure class=\"picture picture--body\"><picture><source type=\"image/webp\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Boats\" loading=\"lazy\"", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption class=\"picture__caption\">From the library <span class=\"picture__credit\">Jane &lt;Doe&gt;</span></figcaption></figure>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_from_the_markdown_cannot_break_out_of_their_attribute()
    {
        var html = _renderer.Render("![\" onerror=\"alert(1)](media:7 \"<script>alert(1)</script>\")", pictures: Pictures);

        Assert.DoesNotContain("onerror=\"alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_the_library_does_not_hold_renders_nothing()
    {
        Assert.Equal("<p>Text.</p>", _renderer.Render("Text.\n\n![Boats](media:8)", pictures: Pictures));
    }

    [Fact]
    public void Only_images_outside_code_count_as_placed_pictures()
    {
        Assert.Equal([7, 9], MarkdownRenderer.PictureIds("![a](media:7)\n\n`![b](media:8)`\n\n![c](media:9) and [link](media:10) ![again](media:7)"));
    }
}
