namespace NewsCms.Core.Staff;

/// <summary>Who is acting, as the workflow needs to know it: the account and its roles.</summary>
public sealed record Actor(string UserId, IReadOnlySet<string> Roles)
{
    /// <summary>The app itself: the importer and the scheduled publisher act with an editor's rights.</summary>
    public static Actor System { get; } = new("system", new HashSet<string> { Staff.Roles.Editor });

    public bool Can(Capability capability) => Capabilities.Grants(Roles, capability);
}
