using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsCms.Core.Articles;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Media;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Caching;

/// <summary>
/// Reads a pending save and names the public pages it changes. It runs before the save, while the change
/// tracker still knows the old values: an article that leaves a section must evict that section's page too.
/// </summary>
public static class ChangedPublicPages
{
    private const string ArticleTagsJoin = "article_tags";

    public static async Task<HashSet<string>> CollectAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var tags = new HashSet<string>(StringComparer.Ordinal);
        var touched = new Dictionary<int, ArticleChange>();

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
                continue;
            switch (entry.Entity)
            {
                case Article article:
                    NoteArticle(entry, article, tags, touched);
                    break;
                case ArticleAuthor author when !IsTemporary(entry, nameof(ArticleAuthor.ArticleId)):
                    Touch(touched, author.ArticleId).Authors.Add(author.UserId);
                    break;
                case Dictionary<string, object> join when entry.Metadata.Name == ArticleTagsJoin:
                    if (!IsTemporary(entry, "ArticleId") && !IsTemporary(entry, "TagId"))
                        Touch(touched, (int)join["ArticleId"]).Tags.Add((int)join["TagId"]);
                    break;
                case Comment comment when WasOrIs(entry, nameof(Comment.Status), CommentStatus.Approved):
                    tags.Add(PublicPageTags.Article(comment.ArticleId));
                    break;
                case Correction correction:
                    tags.Add(PublicPageTags.Article(correction.ArticleId));
                    tags.Add(PublicPageTags.Corrections);
                    tags.Add(PublicPageTags.Sitemaps); // /corrections' lastmod
                    break;
                // A new focal point gives new rendition URLs; the old ones must stop answering on every node.
                case MediaItem media when entry.State == EntityState.Modified:
                    tags.Add(PublicPageTags.Media(media.Id));
                    break;
                // The section menu is in every page's header; tag and author names appear on every page that
                // lists their stories. These are rare staff actions, so they simply empty the cache.
                case Section:
                case Tag when entry.State != EntityState.Added:
                case StaffUser when entry.State != EntityState.Added && ShowsPublicly(entry):
                    tags.Add(PublicPageTags.All);
                    break;
            }
        }

        if (touched.Count > 0)
            await AddStoredMembershipAsync(db, touched, tags, cancellationToken);
        return tags;
    }

    /// <summary>An article counts when it was or becomes published; a draft's edits show nowhere.</summary>
    private static void NoteArticle(EntityEntry entry, Article article, HashSet<string> tags, Dictionary<int, ArticleChange> touched)
    {
        if (entry.State == EntityState.Added)
        {
            if (article.Status != ArticleStatus.Published)
                return;
            AddListings(tags);
            if (article.SectionId is { } newSection)
                tags.Add(PublicPageTags.Section(newSection));
            foreach (var author in article.Authors)
                tags.Add(PublicPageTags.Author(author.UserId));
            foreach (var tag in article.Tags.Where(t => t.Id > 0))
                tags.Add(PublicPageTags.Tag(tag.Id));
            return;
        }

        var change = Touch(touched, article.Id);
        change.NowPublished = article.Status == ArticleStatus.Published;
        if (entry.Property(nameof(Article.SectionId)).OriginalValue is int oldSection)
            change.Sections.Add(oldSection);
        if (article.SectionId is { } section)
            change.Sections.Add(section);
    }

    /// <summary>
    /// One query for what the database still says about the touched articles: their status, tags and authors
    /// before this save. Together with the tracked additions, that is every listing the story leaves or joins.
    /// </summary>
    private static async Task AddStoredMembershipAsync(NewsDbContext db, Dictionary<int, ArticleChange> touched, HashSet<string> tags, CancellationToken cancellationToken)
    {
        var ids = touched.Keys.ToList();
        var stored = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Status,
                a.SectionId,
                Tags = a.Tags.Select(t => t.Id).ToList(),
                Authors = a.Authors.Select(x => x.UserId).ToList(),
            })
            .ToListAsync(cancellationToken);

        foreach (var article in stored)
        {
            var change = touched[article.Id];
            // The stored status is the one before this save.
            if (article.Status != ArticleStatus.Published && !change.NowPublished)
                continue;

            AddListings(tags);
            tags.Add(PublicPageTags.Article(article.Id));
            if (article.SectionId is { } storedSection)
                tags.Add(PublicPageTags.Section(storedSection));
            foreach (var section in change.Sections)
                tags.Add(PublicPageTags.Section(section));
            foreach (var tag in article.Tags.Concat(change.Tags))
                tags.Add(PublicPageTags.Tag(tag));
            foreach (var author in article.Authors.Concat(change.Authors))
                tags.Add(PublicPageTags.Author(author));
        }
    }

    /// <summary>Pages that list the newest stories or every story: any published change can move them.</summary>
    private static void AddListings(HashSet<string> tags)
    {
        tags.Add(PublicPageTags.Front);
        tags.Add(PublicPageTags.Feeds);
        tags.Add(PublicPageTags.Sitemaps);
        tags.Add(PublicPageTags.Search);
        tags.Add(PublicPageTags.Corrections); // lists headlines of corrected stories
    }

    private static bool WasOrIs<T>(EntityEntry entry, string property, T value)
    {
        var p = entry.Property(property);
        return Equals(p.CurrentValue, value) || (entry.State != EntityState.Added && Equals(p.OriginalValue, value));
    }

    private static bool IsTemporary(EntityEntry entry, string property) => entry.Property(property).IsTemporary;

    private static bool ShowsPublicly(EntityEntry entry) =>
        entry.Property(nameof(StaffUser.DisplayName)).IsModified
        || entry.Property(nameof(StaffUser.AuthorSlug)).IsModified
        || entry.Property(nameof(StaffUser.Bio)).IsModified;

    private static ArticleChange Touch(Dictionary<int, ArticleChange> touched, int id)
    {
        if (!touched.TryGetValue(id, out var change))
            touched[id] = change = new ArticleChange();
        return change;
    }

    private sealed class ArticleChange
    {
        public bool NowPublished { get; set; }
        public HashSet<int> Sections { get; } = [];
        public HashSet<int> Tags { get; } = [];
        public HashSet<string> Authors { get; } = [];
    }
}
