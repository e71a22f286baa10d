using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NpgsqlTypes;

namespace NewsCms.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    /// <summary>A shadow property: only SQL reads it (see Search/ArticleSearch).</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>The unique index on the agency id (WireBatchImporter recognises its refusal).</summary>
    public const string AgencyIdIndex = "ix_articles_agency_id";

    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        article.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        article.Property(a => a.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        article.Property(a => a.DatelinePlace).HasMaxLength(Article.DatelineMaxLength);
        article.Property(a => a.DatelineSource).HasMaxLength(Article.DatelineMaxLength);
        article.Property(a => a.Byline).HasMaxLength(Article.BylineMaxLength);
        article.Property(a => a.Excerpt).HasMaxLength(400);
        article.Property(a => a.SeoTitle).HasMaxLength(Article.SeoTitleMaxLength);
        article.Property(a => a.SeoDescription).HasMaxLength(Article.SeoDescriptionMaxLength);
        article.Property(a => a.Version).IsRowVersion();
        article.Ignore(a => a.Dateline);
        article.Ignore(a => a.SlugIsFixed);
        article.Ignore(a => a.ChangedById);
        article.Ignore(a => a.PendingAction);
        article.Ignore(a => a.PendingDetail);
        article.Ignore(a => a.WasUpdated);
        article.Property(a => a.TakedownReason).HasMaxLength(Article.ReasonMaxLength);

        article.HasOne(a => a.Section).WithMany().HasForeignKey(a => a.SectionId).OnDelete(DeleteBehavior.SetNull);
        article.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.CreatedById).OnDelete(DeleteBehavior.SetNull);
        article.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithMany().UsingEntity(
            "article_tags",
            join => join.HasOne(typeof(Tag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasIndex("TagId", "ArticleId"));

        // The article page: one story per slug and publication day (drafts have no day yet).
        article.HasIndex(a => new { a.PublishedOn, a.Slug }).IsUnique();

        // The front page and every "latest" list: published stories, newest first.
        article.HasIndex(a => new { a.PublishedAt, a.Id })
            .IsDescending(true, true)
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_articles_published_latest");

        // A later version of an agency item finds its story by the agency's id.
        article.Property(a => a.AgencyId).HasMaxLength(Article.AgencyIdMaxLength);
        article.HasIndex(a => a.AgencyId).IsUnique().HasFilter("agency_id IS NOT NULL").HasDatabaseName(AgencyIdIndex);

        article.HasIndex(a => a.SectionId);

        // The newsroom's lists: by state, most recently changed first; "my drafts" by author.
        article.HasIndex(a => new { a.Status, a.UpdatedAt });
        article.HasIndex(a => new { a.CreatedById, a.Status });

        // Reader listings: a section's, a tag's, an author's published stories, newest first. The tag and
        // author joins start from article_tags(tag_id, article_id) and article_authors(user_id), then meet
        // this and ix_articles_published_latest on the article side.
        article.HasIndex(a => new { a.SectionId, a.PublishedAt, a.Id })
            .IsDescending(false, true, true)
            .HasFilter("status = 'Published'")
            .HasDatabaseName("ix_articles_section_published_latest");

        // Reader search: a stored, weighted tsvector (headline A, standfirst B, body C) under a GIN index,
        // and trigrams of headlines for typos and unfinished words. 'english' is fixed here because a
        // generated column needs an immutable expression; SearchOptions.TextSearchConfiguration says why.
        article.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql(
                "setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') || " +
                "setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B') || " +
                "setweight(to_tsvector('english'::regconfig, coalesce(body_markdown, '')), 'C')",
                stored: true);
        article.HasIndex(SearchVector).HasMethod("GIN").HasDatabaseName("ix_articles_search_vector");
        article.HasIndex(a => a.Headline).HasMethod("GIN").HasOperators("gin_trgm_ops").HasDatabaseName("ix_articles_headline_trgm");

        // The scheduled publisher's two queries (and /healthz's overdue check).
        article.HasIndex(a => a.ScheduledAt).HasFilter("status = 'Scheduled'").HasDatabaseName("ix_articles_due_to_publish");
        article.HasIndex(a => a.ExpiresAt).HasFilter("status = 'Published' AND expires_at IS NOT NULL").HasDatabaseName("ix_articles_due_to_expire");
    }
}
