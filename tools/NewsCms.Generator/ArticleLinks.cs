using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

/// <summary>The article_authors and article_tags rows, kept while the articles stream and copied after them.</summary>
public sealed class ArticleLinks
{
    private readonly List<(int ArticleId, string UserId, int Position)> _authors = [];
    private readonly List<(int ArticleId, int TagId)> _tags = [];

    public void Add(ArticleRow row)
    {
        for (var i = 0; i < row.AuthorIds.Count; i++)
            _authors.Add((row.Id, row.AuthorIds[i], i));
        foreach (var tag in row.TagIds)
            _tags.Add((row.Id, tag));
    }

    public async Task<long> WriteAsync(NpgsqlConnection connection, IGenerationProgress progress, CancellationToken ct)
    {
        progress.Begin("bylines", _authors.Count + _tags.Count);
        await using (var writer = await connection.BeginBinaryImportAsync("COPY article_authors (article_id, user_id, position) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (articleId, userId, position) in _authors)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(articleId, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(userId, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(position, NpgsqlDbType.Integer, ct);
            }

            await writer.CompleteAsync(ct);
        }

        progress.Report(_authors.Count);
        await using (var writer = await connection.BeginBinaryImportAsync("COPY article_tags (article_id, tag_id) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (articleId, tagId) in _tags)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(articleId, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(tagId, NpgsqlDbType.Integer, ct);
            }

            await writer.CompleteAsync(ct);
        }

        progress.Report(_authors.Count + _tags.Count);
        progress.End();
        return _authors.Count + _tags.Count;
    }
}
