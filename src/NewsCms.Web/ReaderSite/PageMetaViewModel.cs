namespace NewsCms.Web.ReaderSite;

/// <summary>What search engines and link previews read of a page that is not a story: front, listings, search.</summary>
public sealed record PageMetaViewModel(string Title, string Description, string Url);
