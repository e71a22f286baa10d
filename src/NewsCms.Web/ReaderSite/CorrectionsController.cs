using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Web.Caching;

namespace NewsCms.Web.ReaderSite;

/// <summary>The newsroom's public corrections log and its RSS feed: every note on a story readers can still read, newest first.</summary>
public sealed class CorrectionsController(NewsDbContext db) : Controller
{
    private const int PageSize = 20;
    private const int FeedSize = 50;

    [HttpGet("/corrections")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Corrections])]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
            return NotFound();
        var items = await NewestAsync((page - 1) * PageSize, PageSize + 1, cancellationToken);
        if (items.Count == 0 && page > 1)
            return NotFound();
        return View(new CorrectionsPageViewModel(items.Take(PageSize).ToList(), new PagerViewModel("/corrections", page, items.Count > PageSize)));
    }

    [HttpGet("/corrections/feed.xml")]
    [OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [PublicPageTags.Corrections])]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var items = await NewestAsync(0, FeedSize, cancellationToken);
        var site = $"{Request.Scheme}://{Request.Host}";
        var output = new MemoryStream();
        await using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", "Corrections and updates");
            xml.WriteElementString("link", site + "/corrections");
            xml.WriteElementString("description", "Every correction, clarification and update to our stories, newest first.");
            foreach (var item in items)
                WriteItem(xml, item, site);
            xml.WriteEndElement();
            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }

        return File(output.ToArray(), "application/rss+xml; charset=utf-8");
    }

    private static void WriteItem(XmlWriter xml, CorrectionListItemViewModel item, string site)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", $"{item.Kind}: {item.Headline}");
        xml.WriteElementString("link", site + item.Url);
        xml.WriteElementString("description", item.Text);
        xml.WriteElementString("pubDate", item.At.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString($"{site}{item.Url}#correction-{item.At.ToUnixTimeMilliseconds()}");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Only on stories readers can read: a taken-down story's notes go with it.</summary>
    private async Task<List<CorrectionListItemViewModel>> NewestAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Corrections.AsNoTracking()
            .Where(c => c.Article!.Status == ArticleStatus.Published)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Select(c => new { c.Kind, c.Text, c.At, c.Article!.Headline, c.Article.PublishedOn, c.Article.Slug })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(r => new CorrectionListItemViewModel(r.Kind.ToString(), r.Text, r.At, r.Headline, ArticleUrl.For(r.PublishedOn!.Value, r.Slug)));
    }
}
