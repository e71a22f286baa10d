using System.Net;
using Bogus;
using NewsCms.Core.Comments;
using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

/// <summary>
/// Comments on published articles (new and old ones alike), leaning towards the newest stories, in every
/// moderation state; about one in five answers an approved comment on the same article (one level).
/// </summary>
public sealed class CommentWriter(NpgsqlConnection connection, Faker faker, NewsText text, IpHasher ipHasher, Author[] moderators, DateTimeOffset now)
{
    private const string Copy = """
        COPY comments (id, article_id, parent_id, author_name, author_email, body, status, created_at,
            moderated_by, moderated_at, ip_hash, trashed_at, status_before_trash) FROM STDIN (FORMAT BINARY)
        """;

    private readonly Dictionary<int, (int Id, DateTimeOffset At)> _approved = [];

    public async Task<long> RunAsync(int count, IGenerationProgress progress, CancellationToken ct)
    {
        var articles = await PublishedArticlesAsync(ct);
        if (articles.Count == 0)
            return 0;
        var ids = await IdBlock.ReserveAsync(connection, "comments", count, ct);
        await connection.CopyRowsAsync(Copy, "comments", count, progress, (writer, i) =>
        {
            var (articleId, publishedAt) = articles[PickNewish(articles.Count)];
            return WriteAsync(writer, ids.IdAt(i), articleId, publishedAt, ct);
        }, ct);
        return count;
    }

    private async Task<List<(int Id, DateTimeOffset PublishedAt)>> PublishedArticlesAsync(CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT id, published_at FROM articles WHERE status = 'Published' AND published_at <= @now ORDER BY published_at, id", connection);
        command.Parameters.AddWithValue("now", now);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var articles = new List<(int, DateTimeOffset)>();
        while (await reader.ReadAsync(ct))
            articles.Add((reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return articles;
    }

    /// <summary>Cubed, the uniform draw crowds towards the end of the list: the newest stories draw the crowd.</summary>
    private int PickNewish(int count) => count - 1 - (int)(count * Math.Pow(faker.Random.Double(), 3));

    private async Task WriteAsync(NpgsqlBinaryImporter writer, int id, int articleId, DateTimeOffset publishedAt, CancellationToken ct)
    {
        var parent = _approved.TryGetValue(articleId, out var p) && faker.Random.Bool(0.2f) ? p : ((int Id, DateTimeOffset At)?)null;
        var createdAt = Before(now, (parent?.At ?? publishedAt).AddMinutes(faker.Random.Double(1, 3 * 24 * 60)));
        var status = PickStatus();
        if (status == CommentStatus.Approved && parent is null)
            _approved[articleId] = (id, createdAt);

        await writer.StartRowAsync(ct);
        await writer.WriteAsync(id, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(articleId, NpgsqlDbType.Integer, ct);
        await writer.WriteNullableAsync(parent?.Id, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(faker.Random.Bool(0.7f) ? faker.PickRandom(text.Pools.FullNames) : faker.PickRandom(text.Pools.UserNames), NpgsqlDbType.Varchar, ct);
        await writer.WriteOrNullAsync(faker.Random.Bool(0.6f) ? faker.PickRandom(text.Pools.Emails) : null, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(text.CommentBody(faker), NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(status.ToString(), NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(createdAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        var moderated = status != CommentStatus.Pending;
        var moderatedAt = moderated ? Before(now, createdAt.AddMinutes(faker.Random.Double(1, 600))).ToUniversalTime() : (DateTimeOffset?)null;
        await writer.WriteOrNullAsync(moderated ? Moderator(status) : null, NpgsqlDbType.Varchar, ct);
        await writer.WriteNullableAsync(moderatedAt, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(ipHasher.Hash(new IPAddress(faker.Random.Bytes(4))), NpgsqlDbType.Varchar, ct);
        // A deleted comment sits in Trash (restorable) with the state it was deleted from; here always Rejected.
        var trashed = status == CommentStatus.Trash;
        await writer.WriteNullableAsync(trashed ? moderatedAt : null, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteOrNullAsync(trashed ? nameof(CommentStatus.Rejected) : null, NpgsqlDbType.Varchar, ct);
    }

    private CommentStatus PickStatus() => faker.Random.Int(0, 99) switch
    {
        < 65 => CommentStatus.Approved,
        < 82 => CommentStatus.Pending,
        < 90 => CommentStatus.Rejected,
        < 92 => CommentStatus.Trash,
        _ => CommentStatus.Spam,
    };

    private string Moderator(CommentStatus status) =>
        status == CommentStatus.Spam && faker.Random.Bool() ? Comment.AutomaticModerator : faker.PickRandom(moderators).Id;

    private static DateTimeOffset Before(DateTimeOffset limit, DateTimeOffset at) => at < limit ? at : limit;
}
