using NewsCms.Core.Importing.Agency;

namespace NewsCms.Tests.Importing.Agency;

/// <summary>The pictures agency copy names: which file, with the agency's caption, credit and alt text, and for which story.</summary>
public class AgencyPictureReadingTests
{
    [Fact]
    public void A_nitf_media_element_gives_its_widest_file_with_caption_credit_and_alt_text()
    {
        var item = Assert.Single(WireReader.Read(WireFixtures.Read("pictures/nitf-lighthouse.xml")).Items);

        var picture = Assert.Single(item.Pictures);
        Assert.Equal("lighthouse.jpg", picture.FileName);
        Assert.Equal("The restored lighthouse at St Davids Head, whose keepers' cottage opens to visitors on Saturday.", picture.Caption);
        Assert.Equal("Owen Price / Northwind Agency", picture.Credit);
        Assert.Equal("A white lighthouse with a red lantern room against a blue sky", picture.AltText);
        // The caption is the picture's, not a paragraph of the story.
        Assert.DoesNotContain(item.Blocks, b => b.Text.Contains("restored lighthouse", StringComparison.Ordinal));
    }

    [Fact]
    public void A_g2_picture_item_goes_with_the_text_item_that_links_to_it_and_an_unlinked_one_stands_alone()
    {
        var read = WireReader.Read(WireFixtures.Read("pictures/g2-message-ferry.xml"));

        var story = Assert.Single(read.Items);
        Assert.Equal("Electric ferry makes its first crossing", story.Headline);
        var picture = Assert.Single(story.Pictures);
        Assert.Equal(("ferry.jpg", "The new electric ferry leaves the harbour on its first crossing to the island.", "Ana Ruiz / NWA"), (picture.FileName, picture.Caption, picture.Credit));
        Assert.Null(picture.AltText);
        var alone = Assert.Single(read.PicturesAlone);
        Assert.Equal(("harbour-dawn.jpg", "The harbour at Oban at first light.", "NWA"), (alone.FileName, alone.Caption, alone.Credit));
    }

    [Fact]
    public void Without_links_the_only_text_item_of_a_message_takes_its_pictures()
    {
        var text = WireFixtures.Read("pictures/g2-message-ferry.xml").Replace("<link rel=\"irel:seeAlso\" residref=\"urn:newsml:northwind.example:20240504:ferry-photo\"/>", "", StringComparison.Ordinal);

        var read = WireReader.Read(text);

        Assert.Equal(["ferry.jpg", "harbour-dawn.jpg"], Assert.Single(read.Items).Pictures.Select(p => p.FileName));
        Assert.Empty(read.PicturesAlone);
    }

    [Fact]
    public void A_message_of_two_stories_and_an_unlinked_picture_keeps_the_picture_apart()
    {
        var read = WireReader.Read(WireFixtures.Read("g2-message-two.xml"));

        Assert.Equal(2, read.Items.Count);
        Assert.All(read.Items, i => Assert.Empty(i.Pictures));
        Assert.Equal("marathon.jpg", Assert.Single(read.PicturesAlone).FileName);
    }

    [Fact]
    public void A_picture_item_on_its_own_is_read_not_refused()
    {
        var text = """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:photo" version="1">
              <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
              <contentMeta><description role="drol:caption">Caption</description><description role="drol:alternativeText">What it shows</description></contentMeta>
              <contentSet><remoteContent href="photo.jpg"/></contentSet>
            </newsItem>
            """;

        var read = WireReader.Read(text);

        Assert.Null(read.Error);
        Assert.Empty(read.Items);
        Assert.Equal(("photo.jpg", "Caption", "What it shows"), (read.PicturesAlone[0].FileName, read.PicturesAlone[0].Caption, read.PicturesAlone[0].AltText));
    }

    [Fact]
    public void A_message_with_neither_text_nor_a_picture_file_is_refused()
    {
        var read = WireReader.Read("""<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet/></newsMessage>""");

        Assert.Contains("carries no text item and no picture", read.Error!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ferry.jpg", "ferry.jpg")]
    [InlineData("https://photos.example/g2/ferry.jpg?size=full#top", "ferry.jpg")]
    [InlineData("pics\\2024\\ferry.jpg", "ferry.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..%2F..%2Fsecret.jpg", "secret.jpg")]
    [InlineData("photos/", null)]
    [InlineData("..", null)]
    [InlineData("", null)]
    public void Only_the_last_segment_of_a_reference_names_the_file(string reference, string? name) =>
        Assert.Equal(name, AgencyPicture.FileNameOf(reference));
}
