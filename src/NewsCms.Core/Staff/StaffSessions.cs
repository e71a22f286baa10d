using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Staff;

/// <summary>A person's signed-in browsers: begun at sign-in, checked on each staff request, listed and ended.</summary>
public sealed class StaffSessions(NewsDbContext db, TimeProvider clock)
{
    /// <summary>How long a session lives without a request: the auth cookie's sliding lifetime.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(12);

    /// <summary>What <see cref="CheckAsync"/> found: whether the session is live, and the account's stamp.</summary>
    public sealed record Check(bool Live, string? AccountStamp);

    public async Task<StaffSession> BeginAsync(StaffUser user, string userAgent, IPAddress? address)
    {
        var now = clock.GetUtcNow();

        // Sessions that can no longer be used (idle past the cookie's life, or from before a stamp change) go now.
        var stale = now - IdleLifetime - StaffSession.LastSeenInterval;
        var stamp = user.SecurityStamp ?? "";
        await db.StaffSessions.Where(s => s.UserId == user.Id && (s.LastSeenAt < stale || s.SecurityStamp != stamp)).ExecuteDeleteAsync();

        var session = new StaffSession(user.Id, stamp, userAgent, Coarse(address), now);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>
    /// One lookup per staff request: the session row joined to its account's stamp. A live session is this
    /// person's, from the account's current stamp; last seen is written at most every few minutes.
    /// </summary>
    public async Task<Check> CheckAsync(Guid sessionId, string userId)
    {
        var found = await (
            from s in db.StaffSessions
            join u in db.Users on s.UserId equals u.Id
            where s.Id == sessionId && s.UserId == userId
            select new { s.LastSeenAt, s.SecurityStamp, AccountStamp = u.SecurityStamp }).SingleOrDefaultAsync();
        if (found is null)
            return new Check(false, null);
        if (found.SecurityStamp != found.AccountStamp)
        {
            await EndAsync(userId, sessionId);
            return new Check(false, found.AccountStamp);
        }

        var now = clock.GetUtcNow();
        if (now - found.LastSeenAt >= StaffSession.LastSeenInterval)
            await db.StaffSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now));
        return new Check(true, found.AccountStamp);
    }

    /// <summary>After this person's own stamp changed (their password, say): this session carries on, the others are over.</summary>
    public async Task RenewAsync(string userId, Guid sessionId, string stamp)
    {
        await db.StaffSessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteUpdateAsync(set => set.SetProperty(s => s.SecurityStamp, stamp));
        await db.StaffSessions.Where(s => s.UserId == userId && s.Id != sessionId).ExecuteDeleteAsync();
    }

    /// <summary>The person's usable sessions, the most recently seen first.</summary>
    public async Task<IReadOnlyList<StaffSession>> ListAsync(string userId)
    {
        var since = clock.GetUtcNow() - IdleLifetime - StaffSession.LastSeenInterval;
        return await (
            from s in db.StaffSessions
            join u in db.Users on s.UserId equals u.Id
            where s.UserId == userId && s.SecurityStamp == u.SecurityStamp && s.LastSeenAt >= since
            orderby s.LastSeenAt descending, s.CreatedAt descending
            select s).AsNoTracking().ToListAsync();
    }

    /// <summary>Ends one of this person's sessions; false when there is no such session of theirs.</summary>
    public async Task<bool> EndAsync(string userId, Guid sessionId) =>
        await db.StaffSessions.Where(s => s.Id == sessionId && s.UserId == userId).ExecuteDeleteAsync() > 0;

    /// <summary>Ends all of this person's sessions but <paramref name="keep"/> (none: all of them).</summary>
    public Task<int> EndAllAsync(string userId, Guid? keep = null) =>
        db.StaffSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync();

    /// <summary>An IPv4 address to its /24, an IPv6 address to its /48.</summary>
    public static string? Coarse(IPAddress? address)
    {
        if (address is null)
            return null;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var (keep, prefix) = address.AddressFamily == AddressFamily.InterNetwork ? (3, 24) : (6, 48);
        for (var i = keep; i < bytes.Length; i++)
            bytes[i] = 0;
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
