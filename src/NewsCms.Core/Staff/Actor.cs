using System.Security.Claims;

namespace NewsCms.Core.Staff;

/// <summary>Who is acting, as the workflow needs to know it: the account and its roles.</summary>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles)
{
    /// <summary>The id the record keeps for the app itself (revisions, activity, the moderation log).</summary>
    public const string SystemId = "system";

    /// <summary>The app itself: the importer and the scheduled publisher act with an editor's rights.</summary>
    public static Actor System { get; } = new(SystemId, new HashSet<string> { Staff.Roles.Editor });

    public bool Can(Capability capability) => Capabilities.Grants(Roles, capability);
}

public static class ActorClaims
{
    /// <summary>The signed-in person as the workflow sees them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
}
