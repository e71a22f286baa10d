using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;
using NewsCms.Core.Media;

namespace NewsCms.Web.CommandLine;

/// <summary>`rerender`: renders every article's Markdown again, after the pipeline itself has changed.</summary>
public static class RerenderVerb
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var lastId = 0;
        var count = 0;
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            var body = scope.ServiceProvider.GetRequiredService<BodyRenderer>();
            var batch = await db.Articles.Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(BatchSize).ToListAsync();
            if (batch.Count == 0)
                break;
            foreach (var article in batch)
                article.SetBody(article.BodyMarkdown, await body.RenderAsync(article.BodyMarkdown, article.Dateline?.ToString(), CancellationToken.None), MarkdownRenderer.Excerpt(article.BodyMarkdown));
            await db.SaveChangesAsync();
            lastId = batch[^1].Id;
            count += batch.Count;
            Console.WriteLine($"Re-rendered {count} article(s)…");
        }

        Console.WriteLine($"Done: {count} article(s) re-rendered.");
        return 0;
    }
}
