using Bogus;
using NewsCms.Core.Articles;
using NewsCms.Core.Markdown;
using NewsCms.Core.Newsroom;

namespace NewsCms.Generator;

/// <summary>
/// Makes article <c>index</c> of <c>total</c>. Publication instants rise with the index across the archive's
/// span (so ids and dates grow together, as in a real archive) with a random jitter inside each slot.
/// </summary>
public sealed class ArticleFactory(Cast cast, NewsText text, NewsroomOptions newsroom, DateTimeOffset now)
{
    public static readonly TimeSpan ArchiveSpan = TimeSpan.FromDays(5 * 365);

    private readonly MarkdownRenderer _renderer = new();

    public ArticleRow Make(Faker f, int index, int total)
    {
        var headline = text.Headline(f);
        var dateline = f.Random.Bool(0.8f)
            ? new Dateline(text.City(f).ToUpperInvariant(), f.Random.Bool(0.15f) ? f.PickRandom(Vocabulary.WireSources) : null)
            : null;
        var markdown = text.MarkdownBody(f);
        var status = PickStatus(f);
        return new ArticleRow(
            headline,
            Slug.FromHeadline(headline),
            f.Random.Bool(0.9f) ? text.Sentence(f) : null,
            dateline,
            markdown,
            _renderer.Render(markdown, dateline?.ToString()),
            MarkdownRenderer.Excerpt(markdown),
            f.PickRandom(cast.SectionIds),
            status,
            TimelineOf(f, status, index, total),
            f.Random.Bool(0.95f),
            f.PickRandom(cast.Authors, f.Random.Int(1, Math.Min(3, cast.Authors.Length))).Select(a => a.Id).ToList(),
            f.PickRandom(cast.TagIds, f.Random.Int(0, Math.Min(5, cast.TagIds.Length))).ToList());
    }

    public static ArticleStatus PickStatus(Faker f) => f.Random.Int(0, 99) switch
    {
        < 86 => ArticleStatus.Published,
        < 90 => ArticleStatus.Draft,
        < 93 => ArticleStatus.InReview,
        < 95 => ArticleStatus.Scheduled,
        < 97 => ArticleStatus.Unpublished,
        _ => ArticleStatus.Archived,
    };

    private Timeline TimelineOf(Faker f, ArticleStatus status, int index, int total)
    {
        var slot = ArchiveSpan.Ticks / Math.Max(total, 1);
        var published = now - ArchiveSpan + TimeSpan.FromTicks((slot * index) + (long)(slot * f.Random.Double()));
        var created = published - TimeSpan.FromMinutes(f.Random.Int(10, 3 * 24 * 60));
        return status switch
        {
            ArticleStatus.Published or ArticleStatus.Unpublished or ArticleStatus.Archived =>
                new Timeline(created, Later(f, published, status == ArticleStatus.Published ? 0.2f : 1f), published, newsroom.DayOf(published)),
            ArticleStatus.Scheduled =>
                new Timeline(now.AddDays(-f.Random.Double(0, 7)), now.AddHours(-f.Random.Double(0, 1)), ScheduledAt: now.AddHours(f.Random.Double(1, 24 * 14))),
            _ => Unpublished(f),
        };
    }

    private Timeline Unpublished(Faker f)
    {
        var created = now.AddDays(-f.Random.Double(0, 60));
        return new Timeline(created, Later(f, created, 0.7f));
    }

    /// <summary>An "updated" instant: later than <paramref name="from"/> with the given chance, never after now.</summary>
    private DateTimeOffset Later(Faker f, DateTimeOffset from, float chance)
    {
        if (!f.Random.Bool(chance))
            return from;
        var later = from.AddMinutes(f.Random.Int(5, 7 * 24 * 60));
        return later < now ? later : from;
    }
}
