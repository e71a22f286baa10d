using NewsCms.Core.Articles;
using NewsCms.Core.Importing;

namespace NewsCms.Tests.Importing;

public partial class WireCopyParserTests
{
    private const string Headline = "Storm Closes Schools Across the Region";
    private const string Date = "October 14, 2023";

    private static string Wire(params string[] lines) => string.Join('\n', lines);

    private static WireCopy Parse(string text)
    {
        Assert.True(WireCopyParser.TryParse(text, out var copy, out var error), error?.ToString());
        return copy;
    }

    private static WireCopyError Refuse(string text)
    {
        Assert.False(WireCopyParser.TryParse(text, out _, out var error));
        return error;
    }

    [Fact]
    public void Seed_gives_headline_date_dateline_and_paragraphs()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_57e4e1cab6c92a8d.txt"));

        var copy = Parse(text);

        Assert.Equal("North Korea Aids Russia in Ukraine War with Munitions Supply", copy.Headline);
        Assert.Equal(new DateOnly(2023, 10, 14), copy.PublishedOn);
        Assert.Equal(new Dateline("WASHINGTON", null), copy.Dateline);
        Assert.Equal(10, copy.Paragraphs.Count);
        Assert.StartsWith("In a recent announcement, the White House", copy.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("This development emerged", copy.Paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("The U.S. government", copy.Paragraphs[4], StringComparison.Ordinal);
        Assert.StartsWith("The international community now watches", copy.Paragraphs[9], StringComparison.Ordinal);
        Assert.Null(copy.CommentCount);
        Assert.DoesNotContain(copy.Paragraphs, p => p.StartsWith("Comments", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_date_line_is_refused_on_line_2()
    {
        Assert.Equal(new WireCopyError(2, "expected the publication date, like 'October 14, 2023'"), Refuse(Wire(Headline, "", "Body.")));
    }

    [Fact]
    public void Headline_only_is_refused_for_the_missing_date()
    {
        Assert.Equal(2, Refuse(Headline).Line);
    }

    [Theory]
    [InlineData("14 October 2023")]
    [InlineData("Octobre 14, 2023")]
    [InlineData("February 30, 2023")]
    [InlineData("2023-10-14")]
    public void An_unparseable_date_is_refused_quoting_the_text(string date)
    {
        var error = Refuse(Wire(Headline, date, "Body."));

        Assert.Equal(2, error.Line);
        Assert.Contains($"'{date}'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oct. 14, 2023")]
    [InlineData("Oct 14, 2023")]
    [InlineData("October 14, 2023")]
    public void Abbreviated_months_are_accepted(string date)
    {
        Assert.Equal(new DateOnly(2023, 10, 14), Parse(Wire(Headline, date, "Body.")).PublishedOn);
    }

    [Fact]
    public void Sept_is_read_as_September()
    {
        Assert.Equal(new DateOnly(2023, 9, 7), Parse(Wire(Headline, "Sept. 7, 2023", "Body.")).PublishedOn);
    }

    [Fact]
    public void An_empty_body_is_refused_on_line_3()
    {
        Assert.Equal(new WireCopyError(3, "the article has no body paragraphs"), Refuse(Wire(Headline, Date)));
        Assert.Equal(3, Refuse(Wire(Headline, Date, "", "  ", "")).Line);
    }

    [Fact]
    public void A_body_of_only_the_comment_counter_is_refused_on_the_counter_line()
    {
        Assert.Equal(new WireCopyError(4, "the article has no body paragraphs"), Refuse(Wire(Headline, Date, "", "Comments (3)")));
    }

    [Fact]
    public void An_empty_file_is_refused_on_line_1()
    {
        Assert.Equal(1, Refuse("").Line);
        Assert.Equal(1, Refuse(Wire("   ", Date, "Body.")).Line);
    }

    [Fact]
    public void A_headline_over_200_characters_is_refused_on_line_1()
    {
        var error = Refuse(Wire(new string('A', 231), Date, "Body."));

        Assert.Equal(new WireCopyError(1, "the headline is 231 characters; the limit is 200"), error);
    }

    [Fact]
    public void A_headline_of_exactly_200_characters_is_accepted()
    {
        Assert.Equal(200, Parse(Wire(new string('A', 200), Date, "Body.")).Headline.Length);
    }

    [Theory]
    [InlineData("Comments (12)", 12)]
    [InlineData("Comments (0)", 0)]
    [InlineData("Comments ()", null)]
    public void The_last_line_comment_counter_is_read_and_is_not_a_paragraph(string counter, int? expected)
    {
        var copy = Parse(Wire(Headline, Date, "Body.", counter, ""));

        Assert.Equal(expected, copy.CommentCount);
        Assert.Equal(["Body."], copy.Paragraphs);
    }

    [Fact]
    public void A_comment_counter_that_is_not_on_the_last_line_stays_text()
    {
        var copy = Parse(Wire(Headline, Date, "Body.", "Comments (12)", "More body."));

        Assert.Null(copy.CommentCount);
        Assert.Equal(["Body.", "Comments (12)", "More body."], copy.Paragraphs);
    }

    [Theory]
    [InlineData("Comments (12) so far")]
    [InlineData("comments (12)")]
    [InlineData("Comments (twelve)")]
    public void A_last_line_that_is_not_exactly_a_counter_is_a_paragraph(string last)
    {
        var copy = Parse(Wire(Headline, Date, "Body.", last));

        Assert.Null(copy.CommentCount);
        Assert.Equal(["Body.", last], copy.Paragraphs);
    }

    [Fact]
    public void Crlf_and_lone_cr_line_ends_are_accepted()
    {
        var crlf = Parse($"{Headline}\r\n{Date}\r\nOne.\r\nTwo.\r\n");
        var cr = Parse($"{Headline}\r{Date}\rOne.\rTwo.");

        Assert.Equal(["One.", "Two."], crlf.Paragraphs);
        Assert.Equal(["One.", "Two."], cr.Paragraphs);
        Assert.Equal(Headline, crlf.Headline);
    }

    [Fact]
    public void Line_numbers_follow_the_original_crlf_file()
    {
        Assert.Equal(5, Refuse($"{Headline}\r\n{Date}\r\n\r\n\r\nWASHINGTON \u2014\r\n").Line);
    }

    [Fact]
    public void A_missing_final_newline_is_fine()
    {
        Assert.Equal(["Last words."], Parse(Wire(Headline, Date, "Last words.")).Paragraphs);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_ignored()
    {
        Assert.Equal(Headline, Parse("\uFEFF" + Wire(Headline, Date, "Body.")).Headline);
    }

    [Fact]
    public void Trailing_white_space_is_trimmed()
    {
        var copy = Parse(Wire(Headline + "  \t", Date + " ", "Body.   ", "Comments (4)  "));

        Assert.Equal(Headline, copy.Headline);
        Assert.Equal(["Body."], copy.Paragraphs);
        Assert.Equal(4, copy.CommentCount);
    }

    [Fact]
    public void Blank_lines_between_paragraphs_are_skipped()
    {
        var copy = Parse(Wire(Headline, Date, "", "WASHINGTON \u2014 One.", "", "", "Two.", ""));

        Assert.Equal(new Dateline("WASHINGTON", null), copy.Dateline);
        Assert.Equal(["One.", "Two."], copy.Paragraphs);
    }

    [Theory]
    [InlineData("Bell\u0007 here.")]
    [InlineData("Null\0 here.")]
    [InlineData("Form feed\f")]
    [InlineData("Next line\u0085 here.")]
    public void A_control_character_is_refused_naming_its_line(string paragraph)
    {
        var error = Refuse(Wire(Headline, Date, "Fine.", paragraph));

        Assert.Equal(4, error.Line);
        Assert.Contains("control character", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_is_not_a_control_character_here()
    {
        Assert.Equal(["A\ttabbed line."], Parse(Wire(Headline, Date, "A\ttabbed line.")).Paragraphs);
    }

    [Fact]
    public void A_comment_count_too_large_for_a_number_is_refused()
    {
        Assert.Equal(4, Refuse(Wire(Headline, Date, "Body.", "Comments (99999999999)")).Line);
    }
}
