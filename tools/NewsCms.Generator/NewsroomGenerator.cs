using Bogus;
using NewsCms.Core.Comments;
using NewsCms.Core.Newsroom;
using Npgsql;

namespace NewsCms.Generator;

/// <summary>What to make. The same seed makes the same newsroom.</summary>
public sealed record GenerationRequest(int Articles, int Comments, int Seed, int Pictures = PictureWriter.PoolSize, int WireItems = 0);

/// <summary>What was made; <see cref="Rows"/> counts every row written, links included.</summary>
public sealed record GenerationSummary(int Sections, int Tags, int Authors, int Articles, long Comments, long Rows, int WireItems = 0);

/// <summary>
/// Fills the database with a realistic newsroom through binary COPY, in one transaction: all of it or none.
/// It only appends; ids are reserved from each table's identity sequence first, so the app keeps inserting.
/// </summary>
public sealed class NewsroomGenerator(NewsroomOptions newsroom, IpHasher ipHasher, TimeProvider clock)
{
    public async Task<GenerationSummary> RunAsync(string connectionString, GenerationRequest request, IGenerationProgress progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var cast = await new CastGenerator(connection, Seeded(request.Seed)).RunAsync(ct);
        var text = new NewsText(new Pools(Seeded(request.Seed + 2)));
        var batches = new ArticleBatches(() => new ArticleFactory(cast, text, newsroom, now), request.Seed);
        var pictures = new PictureWriter(connection, request.Seed);
        var library = await pictures.WriteLibraryAsync(request.Pictures, now, ct);
        var lastBefore = await LastArticleIdAsync(connection, ct);
        var articleRows = await new ArticleWriter(connection, batches, progress).RunAsync(request.Articles, ct);
        await pictures.AssignLeadsAsync(library, lastBefore + 1, await LastArticleIdAsync(connection, ct), ct);
        var comments = await new CommentWriter(connection, Seeded(request.Seed + 1), text, ipHasher, cast.Authors, now)
            .RunAsync(request.Comments, progress, ct);
        var wireItems = await new WireItemWriter(connection, Seeded(request.Seed + 4), text, now).RunAsync(request.WireItems, progress, ct);

        await transaction.CommitAsync(ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE articles, article_authors, article_tags, comments, wire_items", connection))
            await analyze.ExecuteNonQueryAsync(ct);
        var castRows = cast.SectionIds.Length + cast.TagIds.Length + cast.Authors.Length;
        return new GenerationSummary(cast.SectionIds.Length, cast.TagIds.Length, cast.Authors.Length, request.Articles, comments, castRows + articleRows + comments + wireItems, wireItems);
    }

    private static async Task<int> LastArticleIdAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(id), 0) FROM articles", connection);
        return (int)(await command.ExecuteScalarAsync(ct))!;
    }

    private static Faker Seeded(int seed) => new("en") { Random = new Randomizer(seed) };
}
