namespace NewsCms.Core.Caching;

/// <summary>
/// The names public pages are cached under, so a change evicts exactly the pages that show it.
/// Every cached page also carries <see cref="All"/>, for site-wide changes (the section menu is in every header);
/// cached renditions carry only their picture's <see cref="Media"/> tag.
/// </summary>
public static class PublicPageTags
{
    public const string All = "public";
    public const string Front = "front";
    public const string Feeds = "feeds";
    public const string Sitemaps = "sitemaps";
    public const string Search = "search";
    public const string Corrections = "corrections";

    public static string Article(int id) => $"article:{id}";
    public static string Section(int id) => $"section:{id}";
    public static string Tag(int id) => $"tag:{id}";
    public static string Author(string userId) => $"author:{userId}";

    /// <summary>A picture's renditions (cached by URL; evicted when the picture is deleted).</summary>
    public static string Media(int id) => $"media:{id}";

    public static bool IsMedia(string tag) => tag.StartsWith("media:", StringComparison.Ordinal);
}
