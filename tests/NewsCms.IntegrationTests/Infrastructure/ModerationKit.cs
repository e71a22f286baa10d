using AngleSharp.Dom;
using NewsCms.Core.Comments;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>The moderation desk at volume: many comments inserted in one save, and the queue page read back.</summary>
public static class ModerationKit
{
    /// <summary>
    /// <paramref name="count"/> comments on one article, a second apart from <paramref name="from"/> onwards,
    /// named "Reader 1"… in the order they arrived. Returns their ids, oldest first.
    /// </summary>
    public static Task<List<int>> AddManyCommentsAsync(this NewsCmsApplication app, int articleId, int count, DateTimeOffset from, CommentStatus status = CommentStatus.Pending, string body = "Comment number")
    {
        return app.WithDbAsync(async db =>
        {
            var comments = Enumerable.Range(1, count)
                .Select(i => new Comment(articleId, $"Reader {i}", $"reader{i}@example.com", $"{body} {i}.", "hash", from.AddSeconds(i)))
                .ToList();
            if (status != CommentStatus.Pending)
                comments.ForEach(c => c.Moderate(status, "moderator", from));
            db.Comments.AddRange(comments);
            await db.SaveChangesAsync();
            return comments.Select(c => c.Id).ToList();
        });
    }

    public static async Task<IDocument> QueueAsync(this HttpClient moderator, string url = "/moderation") =>
        await Html.ParseAsync(await moderator.GetStringAsync(url));

    public static List<string> Authors(this IDocument queue) =>
        queue.QuerySelectorAll(".queue-item__author").Select(a => a.Text()).ToList();

    /// <summary>The bulk form's fields as the page renders them (every hidden field, the token), plus the chosen ones.</summary>
    public static List<KeyValuePair<string, string>> BulkForm(this IDocument queue, string verb, params (string Name, string Value)[] chosen)
    {
        var form = queue.QuerySelector("form[data-queue]") ?? throw new InvalidOperationException("No bulk form on the page.");
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        fields.Add(new("verb", verb));
        fields.AddRange(chosen.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return fields;
    }
}
