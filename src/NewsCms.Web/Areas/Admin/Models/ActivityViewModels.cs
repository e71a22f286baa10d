using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The activity log's filters, read from the query string (a GET form).</summary>
public sealed record ActivityFilterInput
{
    [Display(Name = "Person")]
    public string? Person { get; set; }

    [Display(Name = "Article")]
    public int? Article { get; set; }

    [Display(Name = "Action")]
    public string? Action { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record ActivityRowViewModel(DateTimeOffset At, string Who, string Action, int? ArticleId, string? ArticleHeadline, string? Subject, string? Detail);

public sealed record ActivityViewModel(ActivityFilterInput Filter, IReadOnlyList<ActivityRowViewModel> Rows, PagerViewModel Pager)
{
    public IReadOnlyList<SelectListItem> People { get; init; } = [];

    public IReadOnlyList<SelectListItem> Actions { get; init; } = [];
}
