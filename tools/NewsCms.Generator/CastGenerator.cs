using Bogus;
using NewsCms.Core.Articles;
using Npgsql;
using NpgsqlTypes;

namespace NewsCms.Generator;

/// <summary>
/// Sections, tags and staff authors. Sections and tags whose slug exists already are reused, so a second run
/// appends articles to the same desks; authors are always new accounts without a password (they cannot sign in).
/// </summary>
public sealed class CastGenerator(NpgsqlConnection connection, Faker faker)
{
    public const int TagCount = 200;
    public const int AuthorCount = 30;

    public async Task<Cast> RunAsync(CancellationToken ct)
    {
        var sections = await NamedRowsAsync("sections", Vocabulary.Sections, ct);
        var tags = await NamedRowsAsync("tags", TagNames(), ct);
        var authors = await AuthorsAsync(ct);
        return new Cast([.. sections], [.. tags], [.. authors]);
    }

    private List<string> TagNames()
    {
        var names = Vocabulary.Topics.ToDictionary(t => Slug.FromHeadline(t, 60), t => t, StringComparer.Ordinal);
        while (names.Count < TagCount)
        {
            var name = faker.Random.Bool() ? faker.Address.City() : faker.Company.CompanyName(0);
            names.TryAdd(Slug.FromHeadline(name, 60), name.Length > 60 ? name[..60] : name);
        }

        return [.. names.Values];
    }

    private async Task<List<int>> NamedRowsAsync(string table, IReadOnlyList<string> names, CancellationToken ct)
    {
        var existing = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand($"SELECT slug, id FROM {table}", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                existing[reader.GetString(0)] = reader.GetInt32(1);

        var fresh = names.Where(n => !existing.ContainsKey(Slug.FromHeadline(n, 60))).ToList();
        var ids = await IdBlock.ReserveAsync(connection, table, fresh.Count, ct);
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} (id, name, slug) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < fresh.Count; i++)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(ids.IdAt(i), NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(fresh[i], NpgsqlDbType.Varchar, ct);
                await writer.WriteAsync(Slug.FromHeadline(fresh[i], 60), NpgsqlDbType.Varchar, ct);
                existing[Slug.FromHeadline(fresh[i], 60)] = ids.IdAt(i);
            }

            await writer.CompleteAsync(ct);
        }

        return names.Select(n => existing[Slug.FromHeadline(n, 60)]).Distinct().ToList();
    }

    private async Task<List<Author>> AuthorsAsync(CancellationToken ct)
    {
        var taken = await connection.ReadSetAsync("SELECT id FROM users UNION SELECT author_slug FROM users UNION SELECT normalized_user_name FROM users WHERE normalized_user_name IS NOT NULL", ct);
        var authors = new List<Author>();
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, security_stamp,
                concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count,
                display_name, author_slug, bio) FROM STDIN (FORMAT BINARY)
            """, ct);
        for (var i = 0; i < AuthorCount; i++)
        {
            var author = new Author(FreeId(taken), faker.Name.FullName());
            var slug = FreeSlug(Slug.FromHeadline(author.DisplayName, 90), taken);
            await WriteAuthorAsync(writer, author, slug, ct);
            authors.Add(author);
        }

        await writer.CompleteAsync(ct);
        return authors;
    }

    /// <summary>Seeded, so a fresh database gets the same ids again; a second run with the same seed skips the taken ones.</summary>
    private string FreeId(HashSet<string> taken)
    {
        var id = faker.Random.Guid().ToString();
        while (!taken.Add(id))
            id = faker.Random.Guid().ToString();
        return id;
    }

    private static string FreeSlug(string slug, HashSet<string> taken)
    {
        var free = slug;
        for (var n = 2; !taken.Add(free) | !taken.Add($"{free}@NEWSROOM.EXAMPLE".ToUpperInvariant()); n++)
            free = $"{slug}-{n}";
        return free;
    }

    private async Task WriteAuthorAsync(NpgsqlBinaryImporter writer, Author author, string slug, CancellationToken ct)
    {
        var email = $"{slug}@newsroom.example";
        await writer.StartRowAsync(ct);
        await writer.WriteAsync(author.Id, NpgsqlDbType.Text, ct);
        foreach (var value in new[] { email, email.ToUpperInvariant(), email, email.ToUpperInvariant() })
            await writer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(true, NpgsqlDbType.Boolean, ct);
        await writer.WriteAsync(faker.Random.Guid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text, ct);
        await writer.WriteAsync(faker.Random.Guid().ToString(), NpgsqlDbType.Text, ct);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
        await writer.WriteAsync(false, NpgsqlDbType.Boolean, ct);
        await writer.WriteAsync(true, NpgsqlDbType.Boolean, ct);
        await writer.WriteAsync(0, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(author.DisplayName, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(slug, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(Bio(author.DisplayName), NpgsqlDbType.Varchar, ct);
    }

    private string Bio(string name) =>
        $"{name} covers {faker.PickRandom(Vocabulary.Topics).ToLowerInvariant()} for the {faker.PickRandom(Vocabulary.Sections)} desk, " +
        $"and joined the newsroom in {faker.Random.Int(2005, 2025)}.";
}
