using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Editing;
using NewsCms.Core.EditorialRecord;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>What the editor page shows around the form for the record's sake.</summary>
public sealed record EditorIntegrityViewModel
{
    /// <summary>Someone else has the article open ("X is editing since …"), or null.</summary>
    public LockHolder? EditingNow { get; init; }

    /// <summary>The person's autosaved text, when it is newer than the article.</summary>
    public DateTimeOffset? AutosavedAt { get; init; }

    public bool RestoredAutosave { get; init; }

    /// <summary>On a conflict: the version someone else saved, shown beside the one just typed.</summary>
    public ArticleEditorInput? Theirs { get; init; }

    public bool CanCorrect { get; init; }

    public bool CanTakeDown { get; init; }

    public bool ShowsSignificantUpdate { get; init; }

    public CorrectionInput Correction { get; init; } = new();

    public TakedownInput Takedown { get; init; } = new();
}

public sealed record CorrectionInput
{
    [Display(Name = "Type")]
    public CorrectionKind Kind { get; set; } = CorrectionKind.Correction;

    [Display(Name = "Note")]
    public string? Text { get; set; }
}

public sealed record TakedownInput
{
    [Display(Name = "Public reason")]
    public string? PublicReason { get; set; }

    [Display(Name = "Internal reason")]
    public string? InternalReason { get; set; }
}

/// <summary>A correction or takedown form shown again with the reasons beside its fields.</summary>
public sealed record DeskFormViewModel(int ArticleId, string Headline)
{
    public CorrectionInput? Correction { get; init; }

    public TakedownInput? Takedown { get; init; }
}
