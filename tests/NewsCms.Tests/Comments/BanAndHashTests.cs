using System.Net;
using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;

namespace NewsCms.Tests.Comments;

public sealed class BanAndHashTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ban_without_expiry_is_active_forever() =>
        Assert.True(new CommentBan("a@example.com", null, "abuse", "mod", Now, null).IsActive(Now.AddYears(50)));

    [Fact]
    public void Ban_with_expiry_ends_at_that_instant()
    {
        var ban = new CommentBan(null, "hash", "cool off", "mod", Now, Now.AddDays(1));

        Assert.True(ban.IsActive(Now.AddHours(23)));
        Assert.False(ban.IsActive(Now.AddDays(1)));
    }

    [Fact]
    public void Ban_keeps_the_email_normalised_and_needs_a_target_and_a_reason()
    {
        Assert.Equal("ada@example.com", new CommentBan(" Ada@Example.COM ", null, "x", "mod", Now, null).Email);
        Assert.Throws<ArgumentException>(() => new CommentBan(null, null, "x", "mod", Now, null));
        Assert.Throws<ArgumentException>(() => new CommentBan("a@example.com", null, " ", "mod", Now, null));
    }

    [Fact]
    public void Ip_hash_is_stable_salted_and_not_the_address()
    {
        var address = IPAddress.Parse("203.0.113.7");
        var one = Hasher("first-salt-of-16-chars").Hash(address);

        Assert.Equal(one, Hasher("first-salt-of-16-chars").Hash(address));
        Assert.NotEqual(one, Hasher("other-salt-of-16-chars").Hash(address));
        Assert.NotEqual(one, Hasher("first-salt-of-16-chars").Hash(IPAddress.Parse("203.0.113.8")));
        Assert.DoesNotContain("203.0.113.7", one, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", one);
    }

    [Fact]
    public void Ipv4_mapped_addresses_hash_like_the_ipv4_address()
    {
        var hasher = Hasher("first-salt-of-16-chars");

        Assert.Equal(hasher.Hash(IPAddress.Parse("203.0.113.7")), hasher.Hash(IPAddress.Parse("::ffff:203.0.113.7")));
    }

    private static IpHasher Hasher(string salt) => new(Options.Create(new CommentOptions { IpHashSalt = salt }));
}
