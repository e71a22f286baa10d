using System.Text.RegularExpressions;
using NewsCms.Core.Markdown;

namespace NewsCms.Tests.Markdown;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Raw_script_in_markdown_comes_out_as_text()
    {
        var html = _renderer.Render("Before <script>alert(1)</script> after");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_script_block_comes_out_as_text()
    {
        var html = _renderer.Render("<script>\nalert(1)\n</script>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_raw_img_tag_has_no_onerror_attribute()
    {
        var html = _renderer.Render("<img src=x onerror=alert(1)>");

        Assert.DoesNotMatch(new Regex("<[^>]*onerror", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void A_link_with_a_dangerous_scheme_has_no_dangerous_url(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotMatch(new Regex(@"(href|src)\s*=\s*[""']?\s*(javascript|data):", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void A_markdown_list_renders_as_a_list()
    {
        var html = _renderer.Render("- one\n- two");

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>two</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_https_link_renders_as_a_link()
    {
        var html = _renderer.Render("[the site](https://example.com/news)");

        Assert.Contains("<a href=\"https://example.com/news\">the site</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_leads_the_first_paragraph()
    {
        var html = _renderer.Render("The vote passed.\n\nSecond.", "WASHINGTON");

        Assert.StartsWith("<p><span class=\"dateline\">WASHINGTON \u2014</span> The vote passed.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_is_html_encoded()
    {
        var html = _renderer.Render("Text.", "<b>X</b>");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
