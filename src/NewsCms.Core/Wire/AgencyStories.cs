using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Markdown;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Wire;

/// <summary>
/// Makes and changes articles from agency items, for the importer and the desk alike: a new story credited to
/// the agency (its byline and dateline kept), a later version applied as an edit (a new revision, "Updated"
/// when published), a kill (pubStatus canceled or withheld) as a takedown with the agency's reason.
/// Nothing here saves; the caller saves once, so a file goes in whole or not at all.
/// </summary>
public sealed class AgencyStories(NewsDbContext db, MarkdownRenderer renderer, TagResolver tags, NewsroomOptions newsroom)
{
    // Set by PrepareAsync for a batch of files: what the batch's items need from the database, read at once
    // (stories by agency id, tags by slug, slugs taken on the days concerned) and kept up to date as the batch
    // adds to it, so one batch costs a handful of queries instead of several per item.
    private Dictionary<string, Article>? _known;
    private Dictionary<string, Tag>? _tags;
    private HashSet<(DateOnly, string)>? _slugs;

    /// <summary>Reads at once what the items of a batch need; until then each item is looked up on its own.</summary>
    public async Task PrepareAsync(IReadOnlyCollection<AgencyItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.AgencyId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        _known = ids.Count == 0
            ? new(StringComparer.Ordinal)
            : await db.Articles.Include(a => a.Tags).Include(a => a.Authors).AsSplitQuery()
                .Where(a => a.AgencyId != null && ids.Contains(a.AgencyId))
                .ToDictionaryAsync(a => a.AgencyId!, StringComparer.Ordinal, cancellationToken);

        var tagSlugs = items.SelectMany(i => i.Tags.Take(MaxTags)).Select(name => Slug.FromHeadline(name)).Distinct(StringComparer.Ordinal).ToList();
        _tags = tagSlugs.Count == 0
            ? new(StringComparer.Ordinal)
            : await db.Tags.Where(t => tagSlugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);

        var days = items.Select(i => DayOfStory(i, now)).Distinct().Cast<DateOnly?>().ToList();
        var patterns = items.Select(i => BaseSlug(i.Headline)).Distinct(StringComparer.Ordinal)
            .SelectMany(b => new[] { LikeEscape(b), LikeEscape(Truncate(b, Article.SlugMaxLength - 4)) + "-%" })
            .Distinct(StringComparer.Ordinal).ToArray();
        var taken = await db.Articles
            .Where(a => days.Contains(a.PublishedOn) && patterns.Any(p => EF.Functions.Like(a.Slug, p)))
            .Select(a => new { a.PublishedOn, a.Slug })
            .ToListAsync(cancellationToken);
        _slugs = taken.Select(t => (t.PublishedOn!.Value, t.Slug)).ToHashSet();
    }

    public async Task<Article?> FindAsync(string? agencyId, CancellationToken cancellationToken)
    {
        if (agencyId is null)
            return null;
        if (_known is not null)
            return _known.GetValueOrDefault(agencyId);
        return await db.Articles.Include(a => a.Tags).SingleOrDefaultAsync(a => a.AgencyId == agencyId, cancellationToken);
    }

    public async Task<Article> CreateAsync(AgencyItem item, string source, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slug = await FreeSlugAsync(BaseSlug(item.Headline), DayOfStory(item, now), cancellationToken);
        var article = new Article(item.Headline, slug, actor.UserId == Actor.SystemId ? null : actor.UserId, now);
        db.Articles.Add(article);
        article.Edit(actor, Content(item, slug, null, null, Credit(item.Byline, source)), now);
        article.SetTags(await ResolveTagsAsync(item, cancellationToken));
        article.SetAgencyItem(item.AgencyId, item.Version, item.EmbargoedUntil);
        article.SetLeadImage(await LeadImageAsync(item, cancellationToken));
        if (item.AgencyId is not null)
            _known?.TryAdd(item.AgencyId, article);
        return article;
    }

    public DateOnly DayOf(DateTimeOffset instant) => newsroom.DayOf(instant);

    /// <summary>Publishes now, or schedules for the embargo when it has not passed. Returns what was done.</summary>
    public string PublishOrSchedule(Article article, Actor actor, DateTimeOffset now)
    {
        if (article.EmbargoedUntil is { } until && until > now)
        {
            article.Schedule(actor, until, now);
            return $"scheduled for the embargo, {until:u}";
        }

        article.Publish(actor, now, newsroom.DayOf(now));
        return "published";
    }

    /// <summary>Applies a later version to the story made from an earlier one.</summary>
    public async Task<string> ApplyAsync(Article article, AgencyItem item, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item.Version is { } version && article.AgencyVersion is { } applied && version <= applied)
            return $"unchanged: version {applied} is already applied";
        if (item.Status != AgencyStatus.Usable)
            return Kill(article, item, source, now);
        if (article.Status is ArticleStatus.Archived or ArticleStatus.TakenDown)
            return $"not applied: the story is {article.Status}";

        // The agency owns headline, dateline and body; what the newsroom added (standfirst, section, byline) stays.
        article.Edit(Actor.System, Content(item, article.Slug, article.Standfirst, article.SectionId, article.Byline), now);
        article.SetTags(await ResolveTagsAsync(item, cancellationToken));
        article.SetAgencyItem(article.AgencyId, item.Version, item.EmbargoedUntil);
        // A lead the newsroom chose (or an earlier version's) stays; a story without one takes the agency's.
        if (article.LeadImageId is null)
            article.SetLeadImage(await LeadImageAsync(item, cancellationToken));
        article.MarkSignificantUpdate(Actor.System, now);
        return "updated";
    }

    private string Kill(Article article, AgencyItem item, string source, DateTimeOffset now)
    {
        var status = item.Status.ToString().ToLowerInvariant();
        var reason = Limit(item.EditorialNote ?? $"Withdrawn by {source}.");
        article.SetAgencyItem(article.AgencyId, item.Version, article.EmbargoedUntil);
        if (article.Status is ArticleStatus.Published or ArticleStatus.Unpublished)
        {
            db.Takedowns.Add(article.TakeDown(Actor.System, reason, Limit($"{source} sent pubStatus {status} (version {item.Version})"), now));
            return $"taken down: {status} by the agency";
        }

        if (article.Status is not (ArticleStatus.Archived or ArticleStatus.TakenDown))
            article.Archive(Actor.System, now);
        return $"archived: {status} by the agency";
    }

    /// <summary>
    /// The first of the item's pictures that is in the library with alt text (a published lead image needs
    /// it). Asked of the database, not taken from the item: a desk item may wait for days, and its picture may
    /// have left the library meanwhile.
    /// </summary>
    private async Task<int?> LeadImageAsync(AgencyItem item, CancellationToken cancellationToken)
    {
        var candidates = item.Pictures.Where(p => p.AltText is not null).Select(p => p.MediaId).OfType<int>().ToList();
        if (candidates.Count == 0)
            return null;
        var usable = await db.MediaItems.Where(m => candidates.Contains(m.Id) && m.AltText != null).Select(m => m.Id).ToListAsync(cancellationToken);
        return candidates.Cast<int?>().FirstOrDefault(id => usable.Contains(id!.Value));
    }

    private ArticleContent Content(AgencyItem item, string slug, string? standfirst, int? sectionId, string? byline)
    {
        var markdown = item.ToMarkdown();
        var lead = standfirst ?? item.Abstract ?? item.Subheadline;
        return new ArticleContent(
            item.Headline, slug, lead is null ? null : Truncate(lead, Article.StandfirstMaxLength), item.Dateline, markdown,
            renderer.Render(markdown, item.Dateline?.ToString()), MarkdownRenderer.Excerpt(markdown), sectionId, byline);
    }

    /// <summary>The agency's byline, credited to the agency when it does not name it already.</summary>
    public static string Credit(string? byline, string source)
    {
        var credit = byline is null ? source
            : byline.Contains(source, StringComparison.OrdinalIgnoreCase) ? byline
            : $"{byline}, {source}";
        return Truncate(credit, Article.BylineMaxLength);
    }

    private const int MaxTags = 20;

    private async Task<List<Tag>> ResolveTagsAsync(AgencyItem item, CancellationToken cancellationToken)
    {
        var names = item.Tags.Take(MaxTags).ToList();
        if (_tags is null)
            return await tags.ResolveAsync(names, cancellationToken);

        // Prepared: a tag new to the newsroom is made once for the whole batch, not once per item naming it.
        var resolved = new List<Tag>();
        foreach (var name in names)
        {
            var slug = Slug.FromHeadline(name);
            if (!_tags.TryGetValue(slug, out var tag))
            {
                tag = new Tag(name, slug);
                db.Tags.Add(tag);
                _tags[slug] = tag;
            }

            if (!resolved.Contains(tag))
                resolved.Add(tag);
        }

        return resolved;
    }

    private DateOnly DayOfStory(AgencyItem item, DateTimeOffset now) =>
        newsroom.DayOf(item.EmbargoedUntil is { } e && e > now ? e : now);

    private static string BaseSlug(string headline) => Slug.FromHeadline(headline) is { Length: > 0 } slug ? slug : "wire-story";

    private static string LikeEscape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    // Two agency stories can share a headline on one day; the second gets "-2", as the scheduler does.
    private async Task<string> FreeSlugAsync(string slug, DateOnly day, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await TakenAsync(day, candidate, cancellationToken); n++)
            candidate = $"{Truncate(slug, Article.SlugMaxLength - 4)}-{n}";
        _slugs?.Add((day, candidate));
        return candidate;
    }

    private async Task<bool> TakenAsync(DateOnly day, string slug, CancellationToken cancellationToken) =>
        _slugs?.Contains((day, slug)) ?? await db.Articles.AnyAsync(a => a.PublishedOn == day && a.Slug == slug, cancellationToken);

    private static string Limit(string reason) => Truncate(reason, Article.ReasonMaxLength);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
