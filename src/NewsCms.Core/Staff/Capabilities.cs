namespace NewsCms.Core.Staff;

/// <summary>What a person may do. Policies in the web host and rules in the workflow both read this one table.</summary>
public enum Capability
{
    /// <summary>Open the newsroom (/admin), write articles, edit one's own drafts, submit them for review.</summary>
    WriteArticles,

    /// <summary>Edit any article, whatever its author or state.</summary>
    EditAnyArticle,

    /// <summary>Publish, schedule, unpublish, archive.</summary>
    PublishArticles,

    /// <summary>Sections and tags.</summary>
    ManageSections,

    /// <summary>The comment queue: approve, reject, spam, delete, ban senders.</summary>
    ModerateComments,

    /// <summary>Close or reopen comments on an article (editors too, who do not work the queue).</summary>
    CloseComments,

    /// <summary>Answer a reader's comment as the publication (<c>Reply as staff</c>): editors and moderators.</summary>
    ReplyAsStaff,

    /// <summary>Staff accounts and their roles.</summary>
    ManageUsers,
}

public static class Capabilities
{
    private static readonly Dictionary<Capability, string[]> RolesFor = new()
    {
        [Capability.WriteArticles] = [Roles.Reporter, Roles.Editor, Roles.Admin],
        [Capability.EditAnyArticle] = [Roles.Editor, Roles.Admin],
        [Capability.PublishArticles] = [Roles.Editor, Roles.Admin],
        [Capability.ManageSections] = [Roles.Editor, Roles.Admin],
        [Capability.ModerateComments] = [Roles.Moderator, Roles.Admin],
        [Capability.CloseComments] = [Roles.Editor, Roles.Moderator, Roles.Admin],
        [Capability.ReplyAsStaff] = [Roles.Editor, Roles.Moderator, Roles.Admin],
        [Capability.ManageUsers] = [Roles.Admin],
    };

    public static IReadOnlyList<string> RolesWith(Capability capability) => RolesFor[capability];

    public static bool Grants(IEnumerable<string> roles, Capability capability) => roles.Any(RolesFor[capability].Contains);
}
