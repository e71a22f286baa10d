using NewsCms.Core.Articles;
using NewsCms.Core.Importing.Agency;

namespace NewsCms.Tests.Importing.Agency;

public class Iptc7901ReaderTests
{
    [Fact]
    public void Reads_headline_byline_dateline_and_paragraphs_in_order()
    {
        var read = WireReader.Read(WireFixtures.Read("iptc7901-rail.txt"));

        Assert.Null(read.Error);
        Assert.Equal(WireFormat.Iptc7901, read.Format);
        var item = Assert.Single(read.Items);
        Assert.Equal("Rail workers call off weekend strike", item.Headline);
        Assert.Equal("Marta Silva", item.Byline);
        Assert.Equal(new Dateline("LISBON", "NWA"), item.Dateline);
        Assert.Equal(
            [
                "Rail workers called off a strike planned for the weekend after the operator improved its pay offer, the union said on Thursday.",
                "The deal raises wages by 4 percent this year.",
                "Trains will run to the normal timetable.",
            ],
            item.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void The_category_becomes_a_tag_and_the_keyword_the_slugline_and_identity()
    {
        var item = Assert.Single(WireReader.Read(WireFixtures.Read("iptc7901-rail.txt")).Items);

        Assert.Equal(["Domestic"], item.Tags);
        Assert.Equal("BC-Rail-Strike", item.Slugline);
        Assert.Equal("iptc7901:nwa:BC-Rail-Strike", item.AgencyId);
        Assert.Equal("NWA", item.Source);
    }

    [Fact]
    public void A_message_without_its_end_of_text_is_refused()
    {
        var read = WireReader.Read("\u0001\nnwa0001 r a 0010\n\u0002\nHeadline\n   Text.\n");

        Assert.Empty(read.Items);
        Assert.Contains("ETX", read.Error!.Reason, StringComparison.Ordinal);
        Assert.Equal(6, read.Error.Line);
    }

    [Fact]
    public void A_message_with_only_a_headline_is_refused_at_its_line()
    {
        var read = WireReader.Read("\u0001\nnwa0001 r a 0010\n\u0002\nHeadline\n\u0003\n");

        Assert.Contains("no paragraphs", read.Error!.Reason, StringComparison.Ordinal);
        Assert.Equal(5, read.Error.Line);
    }
}
