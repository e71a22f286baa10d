using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Areas.Moderation.Models;

/// <summary>The text of a staff reply, or a moderator's corrected text of a comment.</summary>
public sealed class CommentTextInput
{
    [Required(ErrorMessage = "Please write the text.")]
    [StringLength(Comment.BodyMaxLength, ErrorMessage = "A comment has at most 5,000 characters.")]
    [Display(Name = "Comment")]
    public string? Body { get; set; }
}

/// <summary>The edit and reply pages: the comment, and the form under it.</summary>
public sealed record CommentTextPageViewModel(QueueRow Comment, CommentTextInput Input) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}

public sealed record BansViewModel(IReadOnlyList<BanListing> Bans) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}
