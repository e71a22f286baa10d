using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Comments;

namespace NewsCms.Web.Areas.Moderation.Models;

public sealed record ArticleOption(int Id, string Headline);

public sealed record SectionOption(int Id, string Name);

/// <summary>
/// The queue's query string as bound from the filter form: <c>status</c> (a state, or <c>Any</c> for every
/// state), <c>article</c>, <c>section</c>, <c>q</c> (<c>Search comments</c>), <c>sender</c>, <c>age</c>, <c>after</c>.
/// </summary>
public sealed class QueueQuery
{
    public const string AnyState = "Any";

    public string? Status { get; set; }
    public int? Article { get; set; }
    public int? Section { get; set; }
    public string? Q { get; set; }
    public string? Sender { get; set; }
    public QueueAge Age { get; set; }
    public string? After { get; set; }

    /// <summary>Pending unless a state is named; "Any" is every state, the default for one sender's comments.</summary>
    public CommentStatus? State => Status == AnyState || (Status is null && Sender is not null)
        ? null
        : Enum.TryParse<CommentStatus>(Status, ignoreCase: true, out var state) && Enum.IsDefined(state) ? state : CommentStatus.Pending;

    public QueueFilter ToFilter() => new(State, Article, Section, Q, Sender, Age, After);

    /// <summary>This view's address, optionally from another page (null: the first).</summary>
    public string Url(string? after = null)
    {
        var parts = new List<string> { $"status={State?.ToString() ?? AnyState}" };
        Add(parts, "article", Article?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "section", Section?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(parts, "q", Q);
        Add(parts, "sender", Sender);
        Add(parts, "age", Age == QueueAge.Any ? null : Age.ToString());
        Add(parts, "after", after);
        return "/moderation?" + string.Join("&", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
    }
}

public sealed record QueueViewModel(QueueQuery Query, QueuePage Page, IReadOnlyList<ArticleOption> Articles, IReadOnlyList<SectionOption> Sections, DateTimeOffset Now)
    : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }

    public string Heading => Query.State is { } state ? $"{state} comments" : "Comments in every state";

    /// <summary>The buttons for the selection: what fits the state on show.</summary>
    public IReadOnlyList<ModerationVerb> BulkVerbs => Query.State switch
    {
        CommentStatus.Trash => [ModerationVerb.Restore, ModerationVerb.DeleteForever],
        CommentStatus.Spam => [ModerationVerb.NotSpam, ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.Delete],
        _ => [ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.Spam, ModerationVerb.Delete],
    };

    public SenderHistory? HistoryOf(QueueRow row) =>
        row.AuthorEmail is { } email && Page.Histories.TryGetValue(email, out var history) ? history : null;
}

public static class QueueButtons
{
    /// <summary>The buttons one row shows, by the comment's state.</summary>
    public static IReadOnlyList<ModerationVerb> For(CommentStatus status) => status switch
    {
        CommentStatus.Trash => [ModerationVerb.Restore, ModerationVerb.DeleteForever],
        CommentStatus.Spam => [ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.NotSpam, ModerationVerb.Delete],
        _ => [ModerationVerb.Approve, ModerationVerb.Reject, ModerationVerb.Spam, ModerationVerb.Delete],
    };

    /// <summary>The words on the button (DESIGN.md): <c>Delete forever</c>, <c>Not spam</c>, otherwise the verb.</summary>
    public static string Label(ModerationVerb verb) => verb switch
    {
        ModerationVerb.DeleteForever => "Delete forever",
        ModerationVerb.NotSpam => "Not spam",
        _ => verb.ToString(),
    };

    public static string Past(ModerationVerb verb) => verb switch
    {
        ModerationVerb.Approve or ModerationVerb.NotSpam => "Approved",
        ModerationVerb.Reject => "Rejected",
        ModerationVerb.Spam => "Marked as spam",
        ModerationVerb.Restore => "Restored",
        ModerationVerb.DeleteForever => "Deleted for good",
        _ => "Moved to Trash",
    };
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

    [Display(Name = "Ban the email address")]
    public bool ByEmail { get; set; } = true;

    [Display(Name = "Ban the network address")]
    public bool ByAddress { get; set; } = true;

    public BanScope? Scope => (ByEmail, ByAddress) switch
    {
        (true, true) => BanScope.Both,
        (true, false) => BanScope.Email,
        (false, true) => BanScope.Address,
        _ => null,
    };
}

public sealed record BanPageViewModel(QueueRow Comment, BanInput Input) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }
}

public sealed record ArticleCommentsViewModel(int Id, string Headline, bool CommentsOpen, int Approved, int Pending) : IModerationPage
{
    public IReadOnlyList<StateCount>? StateCounts { get; init; }

    public IReadOnlyList<AnswerableComment> Answerable { get; init; } = [];
}

public sealed record AnswerableComment(int Id, string AuthorName, string Body, CommentStatus Status);
