using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>/feed.xml and /atom.xml for the whole site and for each section: the latest published stories in full.</summary>
public sealed class FeedsController(NewsDbContext db, NewsroomOptions newsroom, IOptions<PublicSiteOptions> site) : Controller
{
    [HttpGet("/feed.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Feeds])]
    public Task<IActionResult> Rss(CancellationToken cancellationToken) => FeedAsync(null, atom: false, cancellationToken);

    [HttpGet("/atom.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Feeds])]
    public Task<IActionResult> Atom(CancellationToken cancellationToken) => FeedAsync(null, atom: true, cancellationToken);

    [HttpGet("/section/{slug}/feed.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Feeds])]
    public Task<IActionResult> SectionRss(string slug, CancellationToken cancellationToken) => FeedAsync(slug, atom: false, cancellationToken);

    [HttpGet("/section/{slug}/atom.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Feeds])]
    public Task<IActionResult> SectionAtom(string slug, CancellationToken cancellationToken) => FeedAsync(slug, atom: true, cancellationToken);

    private async Task<IActionResult> FeedAsync(string? sectionSlug, bool atom, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Published();
        var title = newsroom.Name;
        var path = "";
        if (sectionSlug is not null)
        {
            var section = await db.Sections.AsNoTracking().Where(s => s.Slug == sectionSlug).Select(s => new { s.Id, s.Name }).SingleOrDefaultAsync(cancellationToken);
            if (section is null)
                return NotFound();
            articles = articles.Where(a => a.SectionId == section.Id);
            HttpContext.TagPublicPage(PublicPageTags.Section(section.Id));
            title = $"{section.Name} | {newsroom.Name}";
            path = $"/section/{sectionSlug}";
        }

        var items = await articles.NewestFirst().Take(site.Value.FeedSize)
            .Select(a => new FeedItem(
                a.Headline, a.PublishedOn!.Value, a.Slug, a.Standfirst, a.BodyHtml, a.PublishedAt!.Value, a.ModifiedAt ?? a.PublishedAt!.Value, a.Byline,
                a.Authors.OrderBy(x => x.Position).Select(x => x.User!.DisplayName).ToList(),
                a.Section == null ? null : a.Section.Name))
            .ToListAsync(cancellationToken);

        var baseUrl = site.Value.BaseUrl(Request);
        var channel = new FeedChannel(title, $"The latest stories from {title}", baseUrl + (path.Length == 0 ? "/" : path),
            $"{baseUrl}{path}/{(atom ? "atom" : "feed")}.xml", site.Value.Language, baseUrl + site.Value.LogoPath);
        return atom
            ? File(FeedWriter.Atom(channel, items, baseUrl), "application/atom+xml; charset=utf-8")
            : File(FeedWriter.Rss(channel, items, baseUrl), "application/rss+xml; charset=utf-8");
    }
}
