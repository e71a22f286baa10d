namespace NewsCms.Web.ReaderSite;

/// <summary>A search result: the card's facts plus a snippet that is already HTML-encoded, with only &lt;mark&gt; added.</summary>
public sealed record SearchResultViewModel(ArticleCardViewModel Card, string SnippetHtml);

/// <summary>The search page: the query as understood (trimmed, capped), this page's results and the pager.</summary>
public sealed record SearchPageViewModel(string Query, bool Shortened, IReadOnlyList<SearchResultViewModel> Results, bool Approximate, PagerViewModel Pager)
{
    public bool Asked => Query.Length > 0;

    /// <summary>How many stories matched; only the newest Search:RankedCandidates are counted and ranked.</summary>
    public int Total { get; init; }
    public bool TotalIsCapped { get; init; }

    /// <summary>"1 story", "12 stories", "More than 1,000 stories" — said once above the results.</summary>
    public string TotalText => TotalIsCapped
        ? $"More than {Total:N0} stories"
        : Total == 1 ? "1 story" : $"{Total:N0} stories";
}
