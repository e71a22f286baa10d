namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>A line in a newsroom list: enough to recognise the story and open it.</summary>
public sealed record ArticleRowViewModel(int Id, string Headline, string Status, string? Author, DateTimeOffset When);

public sealed record DashboardViewModel(
    string DisplayName,
    IReadOnlyList<ArticleRowViewModel> MyDrafts,
    IReadOnlyList<ArticleRowViewModel> SentBackToMe,
    IReadOnlyList<ArticleRowViewModel> WaitingInReview,
    IReadOnlyList<ArticleRowViewModel> ScheduledThisWeek,
    IReadOnlyList<ArticleRowViewModel> RecentlyPublished);
