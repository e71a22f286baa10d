using NewsCms.Core.Articles;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Markdown;

namespace NewsCms.Tests.Importing.Agency;

public class NitfReaderTests
{
    private static AgencyItem Harbour()
    {
        var read = WireReader.Read(WireFixtures.Read("nitf-harbour.xml"));
        Assert.Null(read.Error);
        Assert.Equal(WireFormat.Nitf, read.Format);
        return Assert.Single(read.Items);
    }

    [Fact]
    public void Reads_headline_subheadline_byline_dateline_and_abstract()
    {
        var item = Harbour();

        Assert.Equal("Harbour bridge reopens after storm repairs", item.Headline);
        Assert.Equal("Commuters return to the main crossing three weeks early", item.Subheadline);
        Assert.Equal("Jane Okafor, Northwind Agency", item.Byline);
        Assert.Equal(new Dateline("PORTSMOUTH", null), item.Dateline);
        Assert.Equal("The crossing was closed after April's storm cracked two supports.", item.Abstract);
    }

    [Fact]
    public void Reads_paragraphs_quotes_and_lists_in_order_and_leaves_media_out()
    {
        var item = Harbour();

        Assert.Equal(
            [
                new(WireBlockKind.Paragraph, "The harbour bridge reopened to traffic on Wednesday, three weeks earlier than engineers had forecast."),
                new(WireBlockKind.Paragraph, "Crews worked through the night to replace two supports cracked in April's storm, the city council said."),
                new(WireBlockKind.Quote, "\"We owe the crews a great deal,\" the mayor said."),
                new(WireBlockKind.Quote, "\u2014 Mayor Ruth Adeyemi"),
                new(WireBlockKind.Paragraph, "Repairs still to come:"),
                new(WireBlockKind.Bullet, "new lighting on the footway"),
                new(WireBlockKind.Bullet, "resurfacing of the northern ramp"),
                new WireBlock(WireBlockKind.Paragraph, "Ferry services added during the closure end on Friday."),
            ],
            item.Blocks);
    }

    [Fact]
    public void Reads_the_agency_id_version_source_and_keywords()
    {
        var item = Harbour();

        Assert.Equal("NWA-2024-05-01-0042", item.AgencyId);
        Assert.Equal(1, item.Version);
        Assert.Equal("Northwind Agency", item.Source);
        Assert.Equal(["Transport", "Weather"], item.Tags);
        Assert.Equal(AgencyStatus.Usable, item.Status);
    }

    [Fact]
    public void Lists_stay_lists_in_the_markdown()
    {
        var markdown = Harbour().ToMarkdown();

        Assert.Contains("Repairs still to come:\n\n- new lighting on the footway\n- resurfacing of the northern ramp\n\nFerry", markdown, StringComparison.Ordinal);
        Assert.Contains("> \"We owe the crews a great deal,\" the mayor said.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_keeps_its_rows_in_order_and_reads_as_a_table_whose_cells_stay_text()
    {
        var read = WireReader.Read("""
            <nitf><body><body.head><hedline><hl1>Rovers top the table</hl1></hedline></body.head><body.content>
              <p>Saturday's results:</p>
              <table>
                <caption>Premier division</caption>
                <thead><tr><th>Team</th><th>Score</th></tr></thead>
                <tbody>
                  <tr><td>Harbour Rovers</td><td>2 | 1</td></tr>
                  <tr><td>*Bold* <b>City</b></td></tr>
                </tbody>
              </table>
              <p>More next week.</p>
            </body.content></body></nitf>
            """);

        var item = Assert.Single(read.Items);
        Assert.Equal(
            [WireBlockKind.Paragraph, WireBlockKind.Paragraph, WireBlockKind.Table, WireBlockKind.Paragraph],
            item.Blocks.Select(b => b.Kind));
        Assert.Equal("Premier division", item.Blocks[1].Text);
        Assert.Equal([["Team", "Score"], ["Harbour Rovers", "2 | 1"], ["*Bold* City"]], item.Blocks[2].Rows);

        var html = new MarkdownRenderer().Render(item.ToMarkdown());
        Assert.Contains("<th>Team</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2 | 1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>*Bold* City</td>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<td").Length - 1); // the short row padded to the table's two columns
        Assert.Contains("<p>More next week.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_opening_the_first_paragraph_is_taken_from_it()
    {
        var read = WireReader.Read("""
            <nitf><body><body.head><hedline><hl1>Storm</hl1></hedline></body.head>
            <body.content><p>MIAMI (NWA) — The storm turned north.</p></body.content></body></nitf>
            """);

        var item = Assert.Single(read.Items);
        Assert.Equal(new Dateline("MIAMI", "NWA"), item.Dateline);
        Assert.Equal("The storm turned north.", item.Blocks[0].Text);
    }

    [Fact]
    public void A_file_without_a_headline_is_refused_naming_the_element_and_line()
    {
        var read = WireReader.Read("<?xml version=\"1.0\"?>\n<nitf>\n<body>\n<body.head>\n<hedline></hedline>\n</body.head>\n<body.content><p>Text.</p></body.content></body></nitf>");

        Assert.Empty(read.Items);
        Assert.Equal(5, read.Error!.Line);
        Assert.Contains("<hedline>", read.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_paragraphs_is_refused()
    {
        var read = WireReader.Read("<nitf><body><body.head><hedline><hl1>Title</hl1></hedline></body.head>\n<body.content></body.content></body></nitf>");

        Assert.Equal(2, read.Error!.Line);
        Assert.Contains("<body.content> has no paragraphs", read.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_xml_is_refused_with_its_line()
    {
        var read = WireReader.Read("<?xml version=\"1.0\"?>\n<nitf>\n<body>\n<p>unclosed\n</nitf>");

        Assert.Empty(read.Items);
        Assert.Equal(5, read.Error!.Line);
        Assert.Contains("not well-formed", read.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_never_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        try
        {
            var read = WireReader.Read($"""
                <?xml version="1.0"?>
                <!DOCTYPE nitf [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <nitf><body><body.head><hedline><hl1>Title &xxe;</hl1></hedline></body.head>
                <body.content><p>Body &xxe;</p></body.content></body></nitf>
                """);

            Assert.NotNull(read.Error);
            Assert.DoesNotContain(read.Items, i => i.Headline.Contains("TOP-SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }
}
