using Microsoft.EntityFrameworkCore;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Wire;

/// <summary>
/// Pictures of feed items are fetched from the agency's server (docs/wire.md, "Pictures"). An app and a feed
/// server of its own: the poller's memory (validators, entries seen) is not shared with WireFeedTests.
/// </summary>
public sealed class WireFeedPictureTests(WireFeedApplication app) : AppTest<WireFeedApplication>(app), IClassFixture<WireFeedApplication>
{
    [Fact]
    public async Task A_feed_item_brings_its_picture_from_the_agency_and_one_that_cannot_be_fetched_is_left_out()
    {
        var server = App.Feeds;
        await App.StartedAsync();
        server.Picture("ferry.jpg", File.ReadAllBytes(WireFixtures.PathOf("pictures/ferry.jpg")));
        // ferry.jpg by absolute URL on the agency's server; harbour-dawn.jpg relative to the item, where there is none.
        server.Item("ferry.xml", File.ReadAllText(WireFixtures.PathOf("pictures/g2-message-ferry.xml"))
            .Replace("https://photos.northwind.example/g2/", server.BaseUrl + "/pictures/", StringComparison.Ordinal));
        server.Entries = WireFeedKit.Entry("urn:feedwire:ferry-message", "2026-11-27T11:30:00Z", $"<link rel=\"enclosure\" href=\"{server.BaseUrl}/items/ferry.xml\"/>");

        var poll = await App.NextPollAsync(p => p.Reports.Count > 0);

        var lines = poll.Reports.SelectMany(r => r.Lines).ToList();
        Assert.True(poll.Reports.All(r => !r.Refused), string.Join('\n', lines));
        Assert.Contains(lines, line => line.EndsWith("picture “ferry.jpg”: added to the library", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("picture “harbour-dawn.jpg”: not found", StringComparison.Ordinal));
        var item = await App.WithDbAsync(db => db.WireItems.Include(w => w.Picture).SingleAsync());
        Assert.Equal(("Electric ferry makes its first crossing", "Ana Ruiz / NWA"), (item.Headline, item.Picture?.Credit));
    }
}
