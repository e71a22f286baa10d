using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>What the newsroom admin tests share: reading a form's labels and reasons, and stories to file under sections and tags.</summary>
public static class AdminPages
{
    /// <summary>The reason shown beside a field ("" when there is none).</summary>
    public static string ReasonFor(this IDocument page, string field) => page.ReasonBeside(field) ?? "";

    public static string LabelText(this IDocument page, string forId) =>
        page.QuerySelector($"label[for='{forId}']")?.Text() ?? "";

    public static IReadOnlyList<string> LabelTexts(this IDocument page, params string[] forIds) =>
        forIds.Select(page.LabelText).ToList();

    public static IReadOnlyList<string> ButtonTexts(this IDocument page) =>
        page.QuerySelectorAll("form button[type=submit]").Select(b => b.Text()).ToList();

    /// <summary>A draft article, optionally in a section and with tags (created when new), as the editor would file it.</summary>
    public static Task<int> AddArticleAsync(this NewsCmsApplication app, string headline, int? sectionId = null, params string[] tags) =>
        app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow();
            var slug = Slug.FromHeadline(headline);
            var article = new Article(headline, slug, null, now);
            article.Edit(Actor.System, new ArticleContent(headline, slug, null, null, "Body.", "<p>Body.</p>", "Body.", sectionId, null), now);
            var existing = await db.Tags.Where(t => tags.Contains(t.Name)).ToListAsync();
            article.SetTags(tags.Select(name => existing.Find(t => t.Name == name) ?? new Tag(name, Slug.FromHeadline(name))));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });
}
