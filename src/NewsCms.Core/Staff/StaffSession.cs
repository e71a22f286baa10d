namespace NewsCms.Core.Staff;

/// <summary>
/// One signed-in browser of a member of staff: made at sign-in, its id carried in the auth cookie, checked on
/// every staff request. Deleting the row ends that session at once, on every node (docs/accounts.md).
/// </summary>
public sealed class StaffSession
{
    public const int UserAgentMaxLength = 300;
    public const int AddressMaxLength = 50;

    /// <summary>Last seen is written at most this often, so a busy editor costs one write per interval, not per click.</summary>
    public static readonly TimeSpan LastSeenInterval = TimeSpan.FromMinutes(5);

    private StaffSession()
    {
    }

    public StaffSession(string userId, string securityStamp, string userAgent, string? address, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        SecurityStamp = securityStamp;
        UserAgent = userAgent.Length > UserAgentMaxLength ? userAgent[..UserAgentMaxLength] : userAgent;
        Address = address;
        CreatedAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = "";

    /// <summary>
    /// The account's stamp when the session began (or was last refreshed): a session from before a password
    /// change, a reset or a disable is over even if its row was never deleted, and is not listed.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    public string UserAgent { get; private set; } = "";

    /// <summary>Where it signed in from, coarsely (an IPv4 /24, an IPv6 /48): enough to recognise, not to track.</summary>
    public string? Address { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
