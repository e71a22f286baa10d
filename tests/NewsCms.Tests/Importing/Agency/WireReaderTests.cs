using NewsCms.Core.Importing.Agency;

namespace NewsCms.Tests.Importing.Agency;

public class WireReaderTests
{
    [Fact]
    public void Plain_text_is_read_as_the_plain_text_format_whatever_the_file_is_called()
    {
        var read = WireReader.Read("A headline\nMay 1, 2024\nPARIS — Body.\n");

        Assert.Equal(WireFormat.PlainText, read.Format);
        Assert.Equal("A headline", Assert.Single(read.Items).Headline);
    }

    [Fact]
    public void A_plain_text_headline_that_opens_with_an_angle_bracket_stays_plain_text()
    {
        var read = WireReader.Read("<Breaking> storm hits coast\nMay 1, 2024\nBody.\n");

        Assert.Equal(WireFormat.PlainText, read.Format);
        Assert.Null(read.Error);
    }

    [Fact]
    public void A_plain_text_refusal_keeps_its_line()
    {
        var read = WireReader.Read("A headline\nnot a date\nBody.\n");

        Assert.Equal(2, read.Error!.Line);
    }
}
