using NewsCms.Core.Articles;
using NewsCms.Core.Importing.Agency;

namespace NewsCms.Tests.Importing.Agency;

public class NewsMlG2ReaderTests
{
    private static WireRead Read(string file)
    {
        var read = WireReader.Read(WireFixtures.Read(file));
        Assert.Null(read.Error);
        Assert.Equal(WireFormat.NewsMlG2, read.Format);
        return read;
    }

    [Fact]
    public void A_news_item_with_inline_nitf_gives_headline_dateline_byline_and_paragraphs()
    {
        var item = Assert.Single(Read("g2-item-rates.xml").Items);

        Assert.Equal("Central bank holds rates steady", item.Headline);
        Assert.Equal(new Dateline("LONDON", null), item.Dateline);
        Assert.Equal("Amir Haddad", item.Byline);
        Assert.Equal(
            ["The central bank held its main interest rate at 5.25 percent on Wednesday.", "Policymakers voted 7-2 to keep borrowing costs unchanged."],
            item.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_news_item_gives_guid_version_slugline_subjects_status_and_editorial_note()
    {
        var item = Assert.Single(Read("g2-item-rates.xml").Items);

        Assert.Equal("urn:newsml:northwind.example:20240501:rates-decision", item.AgencyId);
        Assert.Equal(1, item.Version);
        Assert.Equal("NWA", item.Source);
        Assert.Equal("BRITAIN-RATES/", item.Slugline);
        Assert.Equal(["Interest rates", "Economy"], item.Tags);
        Assert.Equal(AgencyStatus.Usable, item.Status);
        Assert.Equal("Moves at 1200 GMT", item.EditorialNote);
        Assert.Null(item.EmbargoedUntil);
    }

    [Fact]
    public void A_canceled_item_says_so_with_the_agency_note()
    {
        var item = Assert.Single(Read("g2-item-rates-canceled.xml").Items);

        Assert.Equal(AgencyStatus.Canceled, item.Status);
        Assert.Equal(3, item.Version);
        Assert.Equal("Story killed: the decision was misreported", item.EditorialNote);
    }

    [Fact]
    public void A_news_message_carries_its_text_items_and_passes_over_the_picture()
    {
        var items = Read("g2-message-two.xml").Items;

        Assert.Equal(["Record field signs up for city marathon", "Carmaker doubles quarterly profit"], items.Select(i => i.Headline));
        var marathon = items[0];
        Assert.Equal(new Dateline("BOSTON", null), marathon.Dateline);
        Assert.Equal("Lena Park", marathon.Byline);
        Assert.Equal(["Athletics"], marathon.Tags);
        Assert.Equal(
            [
                new(WireBlockKind.Paragraph, "More than 30,000 runners have entered this year's race."),
                new(WireBlockKind.Quote, "\"It will be the biggest start line we have had,\" the race director said."),
                new(WireBlockKind.Numbered, "Elite women start at 9:30"),
                new WireBlock(WireBlockKind.Numbered, "Elite men start at 9:40"),
            ],
            marathon.Blocks);
    }

    [Fact]
    public void An_xhtml_body_keeps_its_table()
    {
        var read = WireReader.Read("""
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:markets" version="1">
              <contentMeta><headline>Markets close higher</headline></contentMeta>
              <contentSet><inlineXML contenttype="application/xhtml+xml">
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                  <p>Shares rose on Friday.</p>
                  <table><tr><th>Index</th><th>Close</th></tr><tr><td>FTSE 100</td><td>8,213.5</td></tr></table>
                </body></html>
              </inlineXML></contentSet>
            </newsItem>
            """);

        var item = Assert.Single(read.Items);
        Assert.Equal([["Index", "Close"], ["FTSE 100", "8,213.5"]], item.Blocks[^1].Rows);
        Assert.EndsWith("| Index | Close |\n| --- | --- |\n| FTSE 100 | 8,213.5 |", item.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_embargo_is_read()
    {
        var results = Read("g2-message-two.xml").Items[1];

        Assert.Equal(new DateTimeOffset(2024, 5, 2, 6, 0, 0, TimeSpan.Zero), results.EmbargoedUntil);
        Assert.Equal(new Dateline("FRANKFURT", null), results.Dateline);
    }

    [Fact]
    public void An_item_without_body_is_refused_naming_the_element()
    {
        var read = WireReader.Read("""
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="1">
              <contentMeta><headline>Only a headline</headline></contentMeta>
              <contentSet>
              </contentSet>
            </newsItem>
            """);

        Assert.Empty(read.Items);
        Assert.Equal(3, read.Error!.Line);
        Assert.Contains("<contentSet>", read.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_root_is_refused()
    {
        var read = WireReader.Read("<?xml version=\"1.0\"?>\n<rss><channel/></rss>");

        Assert.Equal(2, read.Error!.Line);
        Assert.Contains("<rss>", read.Error.Reason, StringComparison.Ordinal);
    }
}
