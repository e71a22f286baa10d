using System.Globalization;

namespace NewsCms.Web.ReaderSite;

/// <summary>/{yyyy}/{MM}/{dd}/{slug}: the date is the first publication's day in the newsroom's zone.</summary>
public static class ArticleUrl
{
    public static string For(DateOnly publishedOn, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"/{publishedOn:yyyy}/{publishedOn:MM}/{publishedOn:dd}/{slug}");
}
