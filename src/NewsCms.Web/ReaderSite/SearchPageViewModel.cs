namespace NewsCms.Web.ReaderSite;

/// <summary>A search result: the card's facts plus a snippet that is already HTML-encoded, with only &lt;mark&gt; added.</summary>
public sealed record SearchResultViewModel(ArticleCardViewModel Card, string SnippetHtml);

/// <summary>The search page: the query as understood (trimmed, capped), this page's results and the pager.</summary>
public sealed record SearchPageViewModel(string Query, bool Shortened, IReadOnlyList<SearchResultViewModel> Results, bool Approximate, PagerViewModel Pager)
{
    public bool Asked => Query.Length > 0;
}
