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

    [Fact]
    public async Task Pictures_come_only_from_the_feeds_server_or_one_in_its_FeedHosts()
    {
        var reports = await PollFerryItemsAsync(
            ("listed", App.PictureServer.BaseUrl + "/pictures/ferry.jpg"),
            ("unlisted", App.Elsewhere.BaseUrl + "/pictures/ferry.jpg"));

        // Added, or found in the library when another test of this class brought the same file first.
        Assert.Matches("picture “ferry.jpg”: (added to|already in) the library", reports["listed.xml"]);
        Assert.Contains("picture “ferry.jpg”: not found", reports["unlisted.xml"], StringComparison.Ordinal);
        Assert.Contains("ferry.jpg", App.PictureServer.PictureRequests);
        Assert.Empty(App.Elsewhere.PictureRequests);
        string[] ids = ["urn:newsml:northwind.example:listed:ferry", "urn:newsml:northwind.example:unlisted:ferry"];
        Assert.Equal(2, await App.WithDbAsync(db => db.WireItems.CountAsync(w => ids.Contains(w.AgencyId))));
    }

    [Fact]
    public async Task A_redirect_is_followed_only_to_a_server_the_feed_may_fetch_from()
    {
        // Both pictures are asked for on the feed's own server, which redirects one to the listed picture server
        // and the other to a server that is not listed.
        App.Feeds.Moved("to-listed.jpg", App.PictureServer.BaseUrl + "/pictures/ferry.jpg");
        App.Feeds.Moved("to-unlisted.jpg", App.Elsewhere.BaseUrl + "/pictures/ferry.jpg");

        var reports = await PollFerryItemsAsync(
            ("to-listed", App.Feeds.BaseUrl + "/moved/to-listed.jpg"),
            ("to-unlisted", App.Feeds.BaseUrl + "/moved/to-unlisted.jpg"));

        Assert.Matches("picture “to-listed.jpg”: (added to|already in) the library", reports["to-listed.xml"]);
        Assert.Contains("picture “to-unlisted.jpg”: not found", reports["to-unlisted.xml"], StringComparison.Ordinal);
        Assert.Empty(App.Elsewhere.PictureRequests);
    }

    // The ferry message served as NAME.xml for each item (its own guid, its picture at the address given) with a
    // feed entry linking to it; the picture servers hold ferry.jpg. Answers the poll's report per file name.
    private async Task<Dictionary<string, string>> PollFerryItemsAsync(params (string Name, string PictureUrl)[] items)
    {
        await App.StartedAsync();
        var ferry = File.ReadAllBytes(WireFixtures.PathOf("pictures/ferry.jpg"));
        App.PictureServer.Picture("ferry.jpg", ferry);
        App.Elsewhere.Picture("ferry.jpg", ferry);
        var entries = new System.Text.StringBuilder();
        foreach (var (name, pictureUrl) in items)
        {
            App.Feeds.Item($"{name}.xml", File.ReadAllText(WireFixtures.PathOf("pictures/g2-message-ferry.xml"))
                .Replace("urn:newsml:northwind.example:20240504:ferry", $"urn:newsml:northwind.example:{name}:ferry", StringComparison.Ordinal)
                .Replace("https://photos.northwind.example/g2/ferry.jpg", pictureUrl, StringComparison.Ordinal));
            entries.Append(WireFeedKit.Entry($"urn:feedwire:{name}", "2026-11-28T09:00:00Z", $"<link rel=\"enclosure\" href=\"{App.Feeds.BaseUrl}/items/{name}.xml\"/>"));
        }

        App.Feeds.Entries = entries.ToString();
        var poll = await App.NextPollAsync(p => p.Reports.Count > 0);
        return poll.Reports.ToDictionary(r => r.File[(r.File.LastIndexOf('/') + 1)..], r => string.Join('\n', r.Lines));
    }
}
