using NewsCms.Core.Articles;
using NewsCms.Core.Importing;
using NewsCms.Core.Markdown;

namespace NewsCms.Tests.Importing;

// Datelines and what the parsed copy renders to; the helpers live in WireCopyParserTests.cs.
public partial class WireCopyParserTests
{
    [Fact]
    public void Seed_renders_to_exactly_its_paragraphs()
    {
        var copy = Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_57e4e1cab6c92a8d.txt")));

        var html = new MarkdownRenderer().Render(copy.ToMarkdown(), copy.Dateline?.ToString());

        Assert.StartsWith("<p><span class=\"dateline\">WASHINGTON \u2014</span> In a recent announcement", html, StringComparison.Ordinal);
        Assert.Equal("WASHINGTON \u2014 " + string.Join('\n', copy.Paragraphs), RenderedText.Of(html));
    }

    [Theory]
    [InlineData("WASHINGTON \u2013 The vote passed.", "WASHINGTON", null)]
    [InlineData("WASHINGTON -- The vote passed.", "WASHINGTON", null)]
    [InlineData("WASHINGTON\u2014The vote passed.", "WASHINGTON", null)]
    [InlineData("NEW YORK (AP) \u2014 The vote passed.", "NEW YORK", "AP")]
    [InlineData("ST. PAUL, Minn. (AP) -- The vote passed.", "ST. PAUL, Minn.", "AP")]
    public void A_dateline_with_any_dash_is_split_from_the_first_paragraph(string first, string place, string? source)
    {
        var copy = Parse(Wire(Headline, Date, first, "Second paragraph."));

        Assert.Equal(new Dateline(place, source), copy.Dateline);
        Assert.Equal(["The vote passed.", "Second paragraph."], copy.Paragraphs);
    }

    [Theory]
    [InlineData("The president \u2014 who spoke late \u2014 said no.")]
    [InlineData("In a statement -- he said no.")]
    [InlineData("I \u2014 and many others \u2014 said no.")]
    [InlineData("A VERY LONG OPENING THAT GOES ON AND ON FOR MORE THAN SIXTY CHARS \u2014 said no.")]
    [InlineData("No dash at all.")]
    public void A_paragraph_that_only_contains_a_dash_has_no_dateline(string first)
    {
        var copy = Parse(Wire(Headline, Date, first));

        Assert.Null(copy.Dateline);
        Assert.Equal([first], copy.Paragraphs);
    }

    [Fact]
    public void Only_the_first_paragraph_can_open_with_a_dateline()
    {
        var copy = Parse(Wire(Headline, Date, "Opening words.", "WASHINGTON \u2014 Later."));

        Assert.Null(copy.Dateline);
        Assert.Equal("WASHINGTON \u2014 Later.", copy.Paragraphs[1]);
    }

    [Fact]
    public void A_dateline_with_no_text_after_it_is_refused()
    {
        Assert.Equal(new WireCopyError(3, "the dateline is not followed by any text"), Refuse(Wire(Headline, Date, "WASHINGTON \u2014 ", "More.")));
        Assert.Equal(5, Refuse(Wire(Headline, Date, "", "", "WASHINGTON --")).Line);
    }

    [Fact]
    public void Non_ascii_text_is_kept()
    {
        var copy = Parse(Wire("Ação em São Paulo", Date, "SÃO PAULO \u2014 Ação rápida.", "Über naïve café."));

        Assert.Equal("Ação em São Paulo", copy.Headline);
        Assert.Equal(new Dateline("SÃO PAULO", null), copy.Dateline);
        Assert.Equal(["Ação rápida.", "Über naïve café."], copy.Paragraphs);
    }

    [Fact]
    public void Markdown_special_characters_render_back_to_the_wire_text()
    {
        string[] paragraphs =
        [
            "*stars* and _under_", "# not a heading", "1. not a list", "<script>alert(1)</script>",
            "[link](javascript:alert(1))", "&amp; stays as typed", "- dash | pipe ~tilde~ `tick` \\ back",
        ];
        var copy = Parse(Wire([Headline, Date, .. paragraphs]));

        var html = new MarkdownRenderer().Render(copy.ToMarkdown());

        Assert.Equal(paragraphs, copy.Paragraphs);
        Assert.Equal(string.Join('\n', paragraphs), RenderedText.Of(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(paragraphs.Length, html.Split("<p>").Length - 1);
    }

    [Fact]
    public void To_markdown_separates_paragraphs_with_a_blank_line()
    {
        var copy = Parse(Wire(Headline, Date, "One.", "Two *2*."));

        Assert.Equal("One.\n\nTwo \\*2\\*.", copy.ToMarkdown());
    }
}
