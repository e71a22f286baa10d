using System.Globalization;
using NewsCms.Core.Articles;
using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

/// <summary>
/// Streams generated articles into one binary COPY while later batches are still being rendered, then their
/// authors and tags. Only the listed columns are written: xmin and any generated column fill themselves.
/// </summary>
public sealed class ArticleWriter(NpgsqlConnection connection, ArticleBatches batches, IGenerationProgress progress)
{
    private const string Copy = """
        COPY articles (id, headline, slug, standfirst, dateline_place, dateline_source, body_markdown, body_html,
            excerpt, section_id, status, created_by_id, created_at, updated_at, published_at, published_on,
            scheduled_at, comments_open) FROM STDIN (FORMAT BINARY)
        """;

    public async Task<long> RunAsync(int count, CancellationToken ct)
    {
        var ids = await IdBlock.ReserveAsync(connection, "articles", count, ct);
        var slugs = new DaySlugs(await connection.ReadSetAsync(
            "SELECT published_on::text || '/' || slug FROM articles WHERE published_on IS NOT NULL", ct));
        var links = new ArticleLinks();
        progress.Begin("articles", count);
        await using (var writer = await connection.BeginBinaryImportAsync(Copy, ct))
        {
            var done = 0;
            await foreach (var batch in batches.ProduceAsync(count, ct))
            {
                foreach (var made in batch)
                {
                    var row = slugs.MakeUnique(made) with { Id = ids.IdAt(done++) };
                    await WriteAsync(writer, row, ct);
                    links.Add(row);
                }

                progress.Report(done);
            }

            await writer.CompleteAsync(ct);
        }

        progress.End();
        return count + await links.WriteAsync(connection, progress, ct);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, ArticleRow row, CancellationToken ct)
    {
        await writer.StartRowAsync(ct);
        await writer.WriteAsync(row.Id, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(row.Headline, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(row.Slug, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(row.Standfirst, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(row.Dateline?.Place, NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(row.Dateline?.Source, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(row.BodyMarkdown, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(row.BodyHtml, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(row.Excerpt, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(row.SectionId, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(row.Status.ToString(), NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(row.AuthorIds[0], NpgsqlDbType.Text, ct);
        await writer.WriteAsync(row.Timeline.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(row.Timeline.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteNullableAsync(row.Timeline.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteNullableAsync(row.Timeline.PublishedOn, NpgsqlDbType.Date, ct);
        await writer.WriteNullableAsync(row.Timeline.ScheduledAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(row.CommentsOpen, NpgsqlDbType.Boolean, ct);
    }
}

/// <summary>(published_on, slug) is unique: a headline repeated on a day gets "-2", "-3", … as an editor would.</summary>
public sealed class DaySlugs(HashSet<string> taken)
{
    public ArticleRow MakeUnique(ArticleRow row)
    {
        if (row.Timeline.PublishedOn is not { } day)
            return row;
        var prefix = day.ToString("yyyy-MM-dd'/'", CultureInfo.InvariantCulture); // as PostgreSQL prints a date
        var slug = row.Slug;
        for (var n = 2; !taken.Add(prefix + slug); n++)
            slug = Slug.FromHeadline(row.Headline, Article.SlugMaxLength - $"-{n}".Length) + $"-{n}";
        return slug == row.Slug ? row : row with { Slug = slug };
    }
}
