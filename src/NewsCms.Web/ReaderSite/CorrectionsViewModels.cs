namespace NewsCms.Web.ReaderSite;

/// <summary>One line of /corrections: the note and the story it belongs to.</summary>
public sealed record CorrectionListItemViewModel(string Kind, string Text, DateTimeOffset At, string Headline, string Url);

public sealed record CorrectionsPageViewModel(IReadOnlyList<CorrectionListItemViewModel> Items, PagerViewModel Pager);
