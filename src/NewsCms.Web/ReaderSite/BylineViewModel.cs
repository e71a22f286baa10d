namespace NewsCms.Web.ReaderSite;

public sealed record AuthorLinkViewModel(string Name, string Slug)
{
    public string Url => $"/author/{Slug}";
}

/// <summary>
/// Who wrote a story, as readers see it: the staff authors in byline order when there are any
/// ("By Ann Lee and Bo Chen", each a link to the author's page), else the free text ("By Staff").
/// </summary>
public sealed record BylineViewModel(IReadOnlyList<AuthorLinkViewModel> Authors, string? Text)
{
    /// <summary>What goes before the author at <paramref name="index"/>: nothing, ", " or " and ".</summary>
    public static string Separator(int index, int count) =>
        index == 0 ? "" : index == count - 1 ? " and " : ", ";
}
