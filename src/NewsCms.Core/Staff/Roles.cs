namespace NewsCms.Core.Staff;

/// <summary>The roles of DESIGN.md. A person may hold several.</summary>
public static class Roles
{
    public const string Reporter = "Reporter";
    public const string Editor = "Editor";
    public const string Moderator = "Moderator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Reporter, Editor, Moderator, Admin];
}
