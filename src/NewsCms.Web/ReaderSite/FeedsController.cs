using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Caching;
using NewsCms.Web.Media;

namespace NewsCms.Web.ReaderSite;

/// <summary>/feed.xml and /atom.xml for the whole site and for each section: the latest published stories in full.</summary>
public sealed class FeedsController(NewsDbContext db, NewsroomOptions newsroom, IOptions<PublicSiteOptions> site, PictureMarkup pictures) : Controller
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

        var rows = await articles.NewestFirst().Take(site.Value.FeedSize)
            .Select(a => new
            {
                Item = new FeedItem(
                    a.Headline, a.PublishedOn!.Value, a.Slug, a.Standfirst, a.BodyHtml, a.PublishedAt!.Value, a.ModifiedAt ?? a.PublishedAt!.Value, a.Byline,
                    a.Authors.OrderBy(x => x.Position).Select(x => x.User!.DisplayName).ToList(),
                    a.Section == null ? null : a.Section.Name),
                Picture = a.LeadImage == null ? null : new PictureRef(a.LeadImage.Id, a.LeadImage.Width, a.LeadImage.Height, a.LeadImage.FocalX, a.LeadImage.FocalY, a.LeadImage.ContentHash, a.LeadImage.AltText, a.LeadImage.Caption, a.LeadImage.Credit),
            })
            .ToListAsync(cancellationToken);
        var items = rows.ConvertAll(r => r.Picture is null ? r.Item : r.Item with { Picture = FeedPictureOf(r.Picture) });

        var baseUrl = site.Value.BaseUrl(Request);
        var channel = new FeedChannel(title, $"The latest stories from {title}", baseUrl + (path.Length == 0 ? "/" : path),
            $"{baseUrl}{path}/{(atom ? "atom" : "feed")}.xml", site.Value.Language, baseUrl + site.Value.LogoPath)
        {
            Publisher = newsroom.Name,
        };
        return atom
            ? File(FeedWriter.Atom(channel, items, baseUrl), "application/atom+xml; charset=utf-8")
            : File(FeedWriter.Rss(channel, items, baseUrl), "application/rss+xml; charset=utf-8");
    }

    private FeedPicture FeedPictureOf(PictureRef picture)
    {
        var (url, width, height) = pictures.Share(picture);
        return new FeedPicture(url, width, height, picture.AltText, picture.Credit);
    }
}
