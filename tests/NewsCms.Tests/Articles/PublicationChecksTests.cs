using NewsCms.Core.Articles;

namespace NewsCms.Tests.Articles;

public sealed class PublicationChecksTests
{
    [Fact]
    public void Complete_story_has_no_warnings() =>
        Assert.Empty(PublicationChecks.Review("Council approves park", "A short summary.", "See [the plan](https://example.com/plan)."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_standfirst_is_warned(string? standfirst) =>
        Assert.Contains(PublicationChecks.Review("Headline", standfirst, "Body"), w => w.Contains("no standfirst", StringComparison.Ordinal));

    [Fact]
    public void Headline_over_110_characters_is_warned()
    {
        Assert.Empty(PublicationChecks.Review(new string('h', 110), "S", "B"));
        Assert.Single(PublicationChecks.Review(new string('h', 111), "S", "B"));
    }

    [Theory]
    [InlineData("See [it](http://example.com/a).", "http://example.com/a")]
    [InlineData("See <http://example.com/b>.", "http://example.com/b")]
    [InlineData("See [it][ref].\n\n[ref]: http://example.com/c", "http://example.com/c")]
    [InlineData("Get [it](ftp://example.com/d).", "ftp://example.com/d")]
    public void Links_that_are_not_https_are_warned(string body, string url) =>
        Assert.Equal([url], PublicationChecks.InsecureLinks(body));

    [Theory]
    [InlineData("See [it](https://example.com/).")]
    [InlineData("See [our page](/2024/01/01/story).")]
    [InlineData("Write to [us](mailto:desk@example.com).")]
    [InlineData("No links at all.")]
    [InlineData("")]
    public void Https_relative_and_mail_links_are_fine(string body) =>
        Assert.Empty(PublicationChecks.InsecureLinks(body));

    [Fact]
    public void Each_insecure_link_is_named_once() =>
        Assert.Single(PublicationChecks.InsecureLinks("[a](http://x.test/) and [b](http://x.test/)"));
}
