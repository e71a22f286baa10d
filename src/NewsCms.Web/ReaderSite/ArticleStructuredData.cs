using System.Text.Json;
using NewsCms.Core.Newsroom;

namespace NewsCms.Web.ReaderSite;

/// <summary>
/// schema.org NewsArticle as JSON-LD. Serialized by System.Text.Json with its default encoder, which escapes
/// '&lt;', '&gt;' and '&amp;', so no headline can close the &lt;script type="application/ld+json"&gt; block
/// it is written into. Times carry the newsroom's offset, as search engines ask.
/// </summary>
public static class ArticleStructuredData
{
    public static string Json(ArticlePageViewModel article, string baseUrl, NewsroomOptions newsroom, PublicSiteOptions site, IReadOnlyList<string> imagePaths)
    {
        var url = baseUrl + article.Url;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = new Dictionary<string, object?> { ["@type"] = "WebPage", ["@id"] = url },
            ["url"] = url,
            ["headline"] = article.Headline,
            ["description"] = article.Description,
            ["datePublished"] = newsroom.ToLocal(article.PublishedAt),
            ["dateModified"] = newsroom.ToLocal(article.ModifiedAt),
            ["author"] = Authors(article.Byline, baseUrl, newsroom.Name),
            ["publisher"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = newsroom.Name,
                ["url"] = baseUrl + "/",
                ["logo"] = new Dictionary<string, object?> { ["@type"] = "ImageObject", ["url"] = baseUrl + site.LogoPath },
            },
        };
        if (imagePaths.Count > 0)
            data["image"] = imagePaths.Select(path => baseUrl + path).ToList(); // 16:9, 4:3, 1:1, as Google asks
        if (article.Dateline is not null)
            data["dateline"] = article.Dateline;
        if (article.SectionName is not null)
            data["articleSection"] = article.SectionName;
        return JsonSerializer.Serialize(data);
    }

    /// <summary>Staff authors are people with a page; a free-text byline ("Staff", "Reuters") is the organisation's.</summary>
    private static List<Dictionary<string, object?>> Authors(BylineViewModel byline, string baseUrl, string publication)
    {
        if (byline.Authors.Count > 0)
            return byline.Authors.Select(a => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a.Name, ["url"] = baseUrl + a.Url }).ToList();
        return [new() { ["@type"] = "Organization", ["name"] = string.IsNullOrWhiteSpace(byline.Text) ? publication : byline.Text }];
    }
}
