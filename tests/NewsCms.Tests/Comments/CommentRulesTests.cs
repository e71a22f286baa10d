using NewsCms.Core.Comments;

namespace NewsCms.Tests.Comments;

public sealed class CommentRulesTests
{
    private static readonly CommentOptions Defaults = new() { IpHashSalt = "a-test-salt-of-sixteen" };

    [Theory]
    [InlineData("No links at all.", 0)]
    [InlineData("One http://a.example and www.b.example", 2)]
    [InlineData("HTTPS://A.EXAMPLE/x https://b.example/y http://c.example", 3)]
    public void Links_are_counted(string body, int expected) => Assert.Equal(expected, CommentRules.CountLinks(body));

    [Fact]
    public void More_links_than_allowed_is_spam() =>
        Assert.Equal(CommentStatus.Spam, CommentRules.InitialStatus("http://a.x http://b.x http://c.x", false, 0, Defaults));

    [Fact]
    public void As_many_links_as_allowed_waits_in_the_queue() =>
        Assert.Equal(CommentStatus.Pending, CommentRules.InitialStatus("http://a.x http://b.x", false, 0, Defaults));

    [Fact]
    public void A_machine_filled_form_is_spam_even_from_a_trusted_sender() =>
        Assert.Equal(CommentStatus.Spam, CommentRules.InitialStatus("Hello", true, 10, Defaults));

    [Theory]
    [InlineData(0, CommentStatus.Pending)]
    [InlineData(2, CommentStatus.Pending)]
    [InlineData(3, CommentStatus.Approved)]
    [InlineData(7, CommentStatus.Approved)]
    public void Senders_with_enough_approved_comments_skip_the_queue(int approvedBefore, CommentStatus expected) =>
        Assert.Equal(expected, CommentRules.InitialStatus("Hello", false, approvedBefore, Defaults));

    [Fact]
    public void Trust_set_to_zero_is_off()
    {
        var off = new CommentOptions { IpHashSalt = Defaults.IpHashSalt, TrustAfterApproved = 0 };

        Assert.Equal(CommentStatus.Pending, CommentRules.InitialStatus("Hello", false, 100, off));
    }

    [Fact]
    public void Trusted_sender_with_too_many_links_is_still_spam() =>
        Assert.Equal(CommentStatus.Spam, CommentRules.InitialStatus("http://a.x http://b.x http://c.x", false, 10, Defaults));

    [Theory]
    [InlineData("", "text", null, "Name")]
    [InlineData("  ", "text", null, "Name")]
    [InlineData("Ada", "", null, "Body")]
    [InlineData("Ada", " \r\n ", null, "Body")]
    [InlineData("Ada", "text", "nope", "Email")]
    [InlineData("Ada", "text", "a@b", "Email")]
    public void Missing_or_malformed_fields_are_named(string name, string body, string? email, string field) =>
        Assert.Contains(field, CommentRules.Validate(name, email, body).Keys);

    [Fact]
    public void Lengths_are_limited_at_the_contract_values()
    {
        Assert.Empty(CommentRules.Validate(new string('n', 100), "ada@example.com", new string('x', 5000)));
        Assert.Equal(["Name", "Body"], CommentRules.Validate(new string('n', 101), null, new string('x', 5001)).Keys);
        Assert.Contains("Email", CommentRules.Validate("Ada", new string('a', 310) + "@example.com", "text").Keys);
    }

    [Fact]
    public void Comments_close_automatically_only_when_set()
    {
        var published = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var later = published.AddDays(30);
        var closeAfterWeek = new CommentOptions { IpHashSalt = Defaults.IpHashSalt, CloseAfterDays = 7 };

        Assert.True(CommentRules.AcceptsComments(true, published, later, Defaults));
        Assert.True(CommentRules.AcceptsComments(true, published, published.AddDays(6), closeAfterWeek));
        Assert.False(CommentRules.AcceptsComments(true, published, published.AddDays(7), closeAfterWeek));
        Assert.False(CommentRules.AcceptsComments(false, published, published, Defaults));
    }
}
