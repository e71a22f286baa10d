namespace NewsCms.Web.ReaderSite;

/// <summary>Newer/older links. Pages are counted from 1; whether there is an older page is known by reading one row more.</summary>
public sealed record PagerViewModel(string Path, int Page, bool HasOlder)
{
    public bool HasNewer => Page > 1;

    public string NewerUrl => Page == 2 ? Path : WithPage(Page - 1);

    public string OlderUrl => WithPage(Page + 1);

    /// <summary>This page's own address: the canonical URL of a paged list.</summary>
    public string CurrentUrl => Page == 1 ? Path : WithPage(Page);

    /// <summary>A path may carry a query already (a filtered list); the page number joins it.</summary>
    private string WithPage(int page) => $"{Path}{(Path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page={page}";
}
