using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>/about: who publishes the site, in the newsroom's own words from settings (PublicSite:About).</summary>
public sealed class AboutController(IOptions<PublicSiteOptions> site) : Controller
{
    [HttpGet("/about")]
    [OutputCache(PolicyName = PublicPagePolicy.Name)]
    public IActionResult Index() => View(new AboutViewModel(Paragraphs(site.Value.About)));

    private static List<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
}

public sealed record AboutViewModel(IReadOnlyList<string> Paragraphs);
