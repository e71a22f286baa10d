using System.ComponentModel.DataAnnotations;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Web.Areas.Admin.Models;

public sealed record RevisionRowViewModel(long Id, int Number, DateTimeOffset At, string By, string Status, IReadOnlyList<string> Changed);

public sealed record HistoryViewModel(int ArticleId, string Headline, IReadOnlyList<RevisionRowViewModel> Revisions, bool CanRestore)
{
    public RestoreInput Restore { get; init; } = new();
}

public sealed record FieldDiffViewModel(string Label, bool Changed, IReadOnlyList<DiffPiece> Pieces);

public sealed record CompareViewModel(int ArticleId, string Headline, RevisionRowViewModel From, RevisionRowViewModel To, IReadOnlyList<FieldDiffViewModel> Fields);

public sealed record RestoreInput
{
    [Display(Name = "Revision")]
    public long RevisionId { get; set; }
}
