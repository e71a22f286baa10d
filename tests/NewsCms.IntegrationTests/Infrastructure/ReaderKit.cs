using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Articles;
using NewsCms.Core.Sections;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;
using NewsCms.Web.ReaderSite;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>Published stories with the furniture the reader's site lists them by.</summary>
public static class ReaderKit
{
    public static string WireCopy(string headline, DateOnly day, string? body = null) =>
        $"{headline}\n{day.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}\nLONDON — {body ?? $"Body of {headline}."}\n";

    public static async Task<Article> PublishAsync(this NewsCmsApplication app, string headline, DateOnly day, string? body = null, string? standfirst = null)
    {
        var result = await app.ImportAsync(WireCopy(headline, day, body));
        var article = result.Article ?? throw new InvalidOperationException(result.Error?.ToString());
        if (standfirst is not null)
            await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE articles SET standfirst = {standfirst} WHERE id = {article.Id}"));
        return article;
    }

    public static async Task<int> AddSectionAsync(this NewsCmsApplication app, string name, string slug)
    {
        var id = await app.WithDbAsync(async db =>
        {
            var section = new Section(name, slug);
            db.Sections.Add(section);
            await db.SaveChangesAsync();
            return section.Id;
        });
        app.Services.GetRequiredService<SectionMenu>().Evict();
        return id;
    }

    public static Task<int> AddTagAsync(this NewsCmsApplication app, string name, string slug) =>
        app.WithDbAsync(async db =>
        {
            var tag = new Tag(name, slug);
            db.Tags.Add(tag);
            await db.SaveChangesAsync();
            return tag.Id;
        });

    public static Task<string> AddAuthorAsync(this NewsCmsApplication app, string name, string slug, string? bio) =>
        app.WithDbAsync(async db =>
        {
            var user = new StaffUser { UserName = $"{slug}@news.example", Email = $"{slug}@news.example", DisplayName = name, AuthorSlug = slug, Bio = bio };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

    public static Task FileAsync(this NewsCmsApplication app, Article article, int? sectionId = null, int? tagId = null, string? authorId = null) =>
        app.WithDbAsync(async db =>
        {
            if (sectionId is not null)
                await db.Database.ExecuteSqlAsync($"UPDATE articles SET section_id = {sectionId} WHERE id = {article.Id}");
            if (tagId is not null)
                await db.Database.ExecuteSqlAsync($"INSERT INTO article_tags (article_id, tag_id) VALUES ({article.Id}, {tagId})");
            if (authorId is not null)
                await db.Database.ExecuteSqlAsync($"INSERT INTO article_authors (article_id, user_id, position) VALUES ({article.Id}, {authorId}, 0)");
        });

    public static Task UnpublishAsync(this NewsCmsApplication app, Article article) =>
        app.WithDbAsync(async db =>
        {
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Unpublish(Actor.System, app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
}
