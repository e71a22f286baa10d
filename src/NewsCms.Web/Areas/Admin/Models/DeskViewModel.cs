using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Desk;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The notes form as posted (and as Send back posts it: the same field).</summary>
public sealed record NoteInput
{
    [Display(Name = "Note")]
    public string? Note { get; init; }
}

/// <summary>Beside the editor: the notes thread and the ways back this person may take now.</summary>
public sealed record DeskViewModel
{
    public int ArticleId { get; init; }

    [Display(Name = "Note")]
    public string? Note { get; init; }

    public IReadOnlyList<NoteRow> Notes { get; init; } = [];

    /// <summary>The ways back to Draft the workflow allows this person on this story now; one button each.</summary>
    public IReadOnlySet<WayBack> WaysBack { get; init; } = new HashSet<WayBack>();

    public bool Allows(WayBack way) => WaysBack.Contains(way);
}

/// <summary>The bell's page.</summary>
public sealed record NotificationsViewModel(IReadOnlyList<NotificationRow> Rows);
