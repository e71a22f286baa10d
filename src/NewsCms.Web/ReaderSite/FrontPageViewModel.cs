namespace NewsCms.Web.ReaderSite;

/// <summary>The lead story (first page only) and the latest stories after it, newest first.</summary>
public sealed record FrontPageViewModel(ArticleCardViewModel? Lead, IReadOnlyList<ArticleCardViewModel> Latest, PagerViewModel Pager);
