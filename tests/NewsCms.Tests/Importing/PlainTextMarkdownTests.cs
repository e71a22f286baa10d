using System.Net;
using System.Text.RegularExpressions;
using NewsCms.Core.Importing;
using NewsCms.Core.Markdown;

namespace NewsCms.Tests.Importing;

public class PlainTextMarkdownTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("*stars* and **bold** and ***both***")]
    [InlineData("_under_ and __double__ and snake_case_name")]
    [InlineData("# not a heading")]
    [InlineData("###### not a heading either #")]
    [InlineData("1. not a list")]
    [InlineData("2) not a list")]
    [InlineData("2023. A year to remember")]
    [InlineData("- not a bullet")]
    [InlineData("+ not a bullet")]
    [InlineData("* not a bullet")]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    [InlineData("===")]
    [InlineData("> not a quote")]
    [InlineData("```not code```")]
    [InlineData("~~~")]
    [InlineData("`code` and ``more``")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<http://example.com> and <a@b.com>")]
    [InlineData("[link](javascript:alert(1))")]
    [InlineData("![image](http://example.com/x.png)")]
    [InlineData("[ref]: http://example.com")]
    [InlineData("&amp; &copy; &#65; &#x41; AT&T")]
    [InlineData("~~struck~~ H~2~O x^2^ ++inserted++ ==marked==")]
    [InlineData("C++ and 1+1=2 and a == b")]
    [InlineData("| a | b |")]
    [InlineData("a | b")]
    [InlineData(@"back\slash \* \\ and a trailing backslash\")]
    [InlineData("www.example.com/some_path_ and http://example.com/a_b_ and https://x.org/*y*")]
    [InlineData("mailto:someone@example.com and tel:+15551234")]
    [InlineData("    four spaces would be code")]
    [InlineData("\tA tab would be code")]
    [InlineData(" one space and trailing spaces  ")]
    [InlineData("inner  double  spaces and a\ttab")]
    [InlineData("Comments (12)")]
    [InlineData("SÃO PAULO — Ação, naïve café 🎉 «guillemets» “curly”")]
    [InlineData("The U.S. said \"no\" (again), it's 50% done: $5 @user {brace} 3/4 ok? yes!")]
    public void Escaped_text_renders_as_one_paragraph_with_exactly_that_text(string text)
    {
        var html = _renderer.Render(PlainTextMarkdown.Escape(text));

        Assert.StartsWith("<p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</p>", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<[a-zA-Z]"));
        Assert.Equal(text, RenderedText.Of(html));
    }

    [Theory]
    [InlineData("The U.S. and U.N. said \"no\" (again), it's 50% done: ok? yes!")]
    [InlineData("Kim Jong Un's six-day visit — the longest — ended Tuesday.")]
    [InlineData("Prices rose 3.5% to $1,200.")]
    public void Ordinary_punctuation_is_left_readable(string text)
    {
        Assert.Equal(text, PlainTextMarkdown.Escape(text));
    }

    [Fact]
    public void Markdown_syntax_is_escaped_with_backslashes()
    {
        Assert.Equal(@"\*stars\* and \_under\_", PlainTextMarkdown.Escape("*stars* and _under_"));
        Assert.Equal(@"1\. not a list", PlainTextMarkdown.Escape("1. not a list"));
        Assert.Equal(@"\# not a heading", PlainTextMarkdown.Escape("# not a heading"));
    }

    [Fact]
    public void A_line_break_is_refused_because_a_paragraph_is_one_line()
    {
        Assert.Throws<ArgumentException>(() => PlainTextMarkdown.Escape("one\ntwo"));
    }
}

/// <summary>The text a reader sees: tags stripped, entities decoded.</summary>
internal static partial class RenderedText
{
    public static string Of(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
