using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Data;

namespace NewsCms.Core.Search;

/// <summary>A published story that matched; <see cref="SnippetHtml"/> is already encoded and safe to write as HTML.</summary>
public sealed record SearchHit(
    string Headline, DateOnly PublishedOn, string Slug, DateTimeOffset PublishedAt,
    string? Summary, string? Byline, string? SectionName, string SnippetHtml)
{
    public string? SectionSlug { get; init; }

    /// <summary>So the result page can fetch the story's lead image for its card.</summary>
    public int ArticleId { get; init; }
}

/// <summary>
/// One page of results; <see cref="Approximate"/> when near misses by headline similarity were added.
/// <see cref="Total"/> counts every match ranked (0 on a page past the end); when it reached
/// Search:RankedCandidates (<see cref="TotalIsCapped"/>) more stories match than were ranked.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool HasMore, bool Approximate)
{
    public static readonly SearchResults None = new([], false, false);

    public int Total { get; init; }
    public bool TotalIsCapped { get; init; }
}

/// <summary>
/// Full-text search over published stories (the stored, weighted articles.search_vector: headline A,
/// standfirst B, body C). websearch_to_tsquery understands "quoted phrases", OR and -word and never fails on
/// syntax; ranking is ts_rank_cd scaled by recency (a story loses at most half its score with age, so a
/// headline match, weighted five times a body match, still beats a newer body-only match). When the words
/// find little, pg_trgm's word similarity on headlines adds near misses: typos and unfinished words.
/// Only the newest Search:RankedCandidates matches are ranked, so a common word stays fast on a large archive.
/// Every reader input reaches SQL as a parameter.
/// </summary>
public sealed class ArticleSearch(NewsDbContext db, IOptions<SearchOptions> options, TimeProvider clock)
{
    /// <summary>
    /// ts_headline re-parses the text it is given, and that was most of a search's time: snippets come from
    /// the standfirst and the opening of the body, where news copy says what the story is about. A match
    /// further down still ranks the story; its snippet is then the opening.
    /// </summary>
    private const int SnippetSource = 2000;

    public async Task<SearchResults> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (query.Length == 0 || page < 1)
            return SearchResults.None;

        var markers = SearchSnippet.CreateMarkers();
        var rows = await FullTextAsync(query, markers, (page - 1) * pageSize, pageSize + 1, cancellationToken);
        // The snippet is cut from the rendered body with its tags removed (the text readers see, never the
        // Markdown source); its entities are decoded here and the whole encoded again in ToHtml.
        var hits = rows.Take(pageSize).Select(r => r.ToHit(markers.ToHtml(WebUtility.HtmlDecode(r.Snippet)))).ToList();
        var hasMore = rows.Count > pageSize;
        var total = rows.Count > 0 ? rows[0].Total : 0;
        var capped = total >= options.Value.RankedCandidates;
        if (page > 1 || hits.Count >= options.Value.FallbackBelow || !SearchQuery.IsPlain(query))
            return new SearchResults(hits, hasMore, false) { Total = total, TotalIsCapped = capped };

        var found = rows.Select(r => r.Id).ToArray();
        var near = await SimilarHeadlinesAsync(query, found, pageSize - hits.Count, cancellationToken);
        hits.AddRange(near.Select(r => r.ToHit(SearchSnippet.Plain(r.Summary))));
        return new SearchResults(hits, hasMore, near.Count > 0) { Total = total + near.Count, TotalIsCapped = capped };
    }

    private Task<List<SearchRow>> FullTextAsync(string query, SearchSnippet markers, int skip, int take, CancellationToken cancellationToken)
    {
        var config = options.Value.TextSearchConfiguration;
        var now = clock.GetUtcNow().ToUniversalTime();
        var headlineOptions = markers.HeadlineOptions;
        var candidates = options.Value.RankedCandidates;
        var lastMonth = now.AddDays(-30);
        var lastYear = now.AddDays(-365);

        // Rank and page on ids first; ts_headline, the costly part, then runs for this page's rows only.
        //
        // Only the newest Search:RankedCandidates matches are ranked: ranking reads each match's stored vector,
        // and a common word matches a third of the archive. They are found in three windows, newest first,
        // and PostgreSQL stops at the first window that fills the quota (UNION ALL under a LIMIT runs its
        // branches in order). In the two recent windows the planner walks the date index and tests each
        // story; that is quick while the window is small. Across the old archive that walk would unpack
        // thousands of vectors for a mid-frequency word, so there "OFFSET 0" makes it take every match from
        // the GIN index first and sort those. Measured at 100,000 stories in docs/performance.md.
        return db.Database.SqlQuery<SearchRow>($"""
            SELECT a.id, a.headline, a.published_on, a.slug, a.published_at,
                   coalesce(a.standfirst, a.excerpt) AS summary, a.byline, s.name AS section_name, s.slug AS section_slug,
                   ts_headline({config}::regconfig, coalesce(a.standfirst || E'\n', '') || regexp_replace(left(a.body_html, {SnippetSource}), '<[^>]*(>|$)', ' ', 'g'),
                               websearch_to_tsquery({config}::regconfig, {query}), {headlineOptions}) AS snippet,
                   ranked.total
            FROM (
                SELECT m.id, ts_rank_cd(m.search_vector, q.query)
                           * (0.5 + 0.5 / (1 + extract(epoch FROM ({now} - m.published_at)) / 2592000.0)) AS score,
                       m.published_at,
                       count(*) OVER ()::int AS total -- every ranked match, counted before the page is cut
                FROM (
                    SELECT newest.id FROM (
                        (SELECT c.id FROM articles c, websearch_to_tsquery({config}::regconfig, {query}) AS cq(query)
                         WHERE c.status = 'Published' AND c.published_at >= {lastMonth} AND c.search_vector @@ cq.query
                         ORDER BY c.published_at DESC, c.id DESC LIMIT {candidates})
                        UNION ALL
                        (SELECT c.id FROM articles c, websearch_to_tsquery({config}::regconfig, {query}) AS cq(query)
                         WHERE c.status = 'Published' AND c.published_at < {lastMonth} AND c.published_at >= {lastYear}
                           AND c.search_vector @@ cq.query
                         ORDER BY c.published_at DESC, c.id DESC LIMIT {candidates})
                        UNION ALL
                        (SELECT o.id FROM (
                             SELECT c.id, c.published_at FROM articles c, websearch_to_tsquery({config}::regconfig, {query}) AS cq(query)
                             WHERE c.status = 'Published' AND c.published_at < {lastYear} AND c.search_vector @@ cq.query
                             OFFSET 0) o
                         ORDER BY o.published_at DESC, o.id DESC LIMIT {candidates})
                    ) newest
                    LIMIT {candidates}
                ) n
                JOIN articles m ON m.id = n.id, websearch_to_tsquery({config}::regconfig, {query}) AS q(query)
                ORDER BY score DESC, m.published_at DESC, m.id DESC
                LIMIT {take} OFFSET {skip}
            ) ranked
            JOIN articles a ON a.id = ranked.id
            LEFT JOIN sections s ON s.id = a.section_id
            ORDER BY ranked.score DESC, ranked.published_at DESC, a.id DESC
            """).ToListAsync(cancellationToken);
    }

    private Task<List<SearchRow>> SimilarHeadlinesAsync(string query, int[] exclude, int take, CancellationToken cancellationToken)
    {
        // "query <% headline": some run of the headline's words is trigram-similar to the query (the GIN
        // trigram index on headline serves it), which forgives typos and catches "immigr" for "immigration".
        return db.Database.SqlQuery<SearchRow>($"""
            SELECT a.id, a.headline, a.published_on, a.slug, a.published_at,
                   coalesce(a.standfirst, a.excerpt) AS summary, a.byline, s.name AS section_name, s.slug AS section_slug,
                   NULL::text AS snippet, 0 AS total
            FROM articles a
            LEFT JOIN sections s ON s.id = a.section_id
            WHERE a.status = 'Published' AND {query} <% a.headline AND NOT (a.id = ANY({exclude}))
            ORDER BY word_similarity({query}, a.headline) DESC, a.published_at DESC, a.id DESC
            LIMIT {take}
            """).ToListAsync(cancellationToken);
    }
}

/// <summary>A row of the search queries (SqlQuery maps columns to these snake_case names).</summary>
public sealed class SearchRow
{
    public int Id { get; set; }
    public string Headline { get; set; } = "";
    public DateOnly PublishedOn { get; set; }
    public string Slug { get; set; } = "";
    public DateTimeOffset PublishedAt { get; set; }
    public string? Summary { get; set; }
    public string? Byline { get; set; }
    public string? SectionName { get; set; }

    public string? SectionSlug { get; set; }
    public string? Snippet { get; set; }
    public int Total { get; set; }

    internal SearchHit ToHit(string snippetHtml) =>
        new(Headline, PublishedOn, Slug, PublishedAt, Summary, Byline, SectionName, snippetHtml) { SectionSlug = SectionSlug, ArticleId = Id };
}
