using System.ComponentModel.DataAnnotations;

namespace NewsCms.Core.Search;

/// <summary>Reader search settings (section "Search" of appsettings).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The PostgreSQL text-search configuration used to parse queries and build snippets. The stored
    /// articles.search_vector column is generated with 'english' (see the ReaderSearch migration): a newsroom
    /// that changes this setting also changes that column's expression in a migration, or stems will not meet.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Search:TextSearchConfiguration must be a PostgreSQL configuration name such as english or simple.")]
    public string TextSearchConfiguration { get; set; } = "english";

    /// <summary>Longer queries are cut to this many characters: a pasted essay still gets an answer, quickly.</summary>
    [Range(10, 1000)]
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>Below this many full-text matches, headline trigram similarity adds near misses (typos, word stems).</summary>
    [Range(0, 100)]
    public int FallbackBelow { get; set; } = 3;

    /// <summary>
    /// Only the newest this-many matches are ranked (15 pages of results). A common word ("budget")
    /// matches a third of a large archive, and ranking reads every match's stored vector: at 100,000
    /// stories that took a second (docs/performance.md). Results past this many are not paged.
    /// </summary>
    [Range(20, 100_000)]
    public int RankedCandidates { get; set; } = 300;
}
