using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Areas.Moderation.Models;

public sealed record QueueRowViewModel(int Id, int ArticleId, string Headline, string AuthorName, string Body, DateTimeOffset CreatedAt, bool IsReply)
{
    public IEnumerable<string> Paragraphs =>
        Body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record ArticleOption(int Id, string Headline);

public sealed record QueueViewModel(
    CommentStatus Status,
    int? ArticleId,
    IReadOnlyList<ArticleOption> Articles,
    IReadOnlyList<QueueRowViewModel> Rows,
    DateTimeOffset Now) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}

/// <summary>Banning the sender of one comment.</summary>
public sealed class BanInput
{
    [Required(ErrorMessage = "Give a reason: it is kept with the ban.")]
    [StringLength(CommentBan.ReasonMaxLength)]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [Display(Name = "Ban until (optional)")]
    [DataType(DataType.Date)]
    public DateOnly? Until { get; set; }
}

public sealed record BanPageViewModel(QueueRowViewModel Comment, bool HasEmail, BanInput Input) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}

public sealed record ArticleCommentsViewModel(int Id, string Headline, bool CommentsOpen, int Approved, int Pending) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}
