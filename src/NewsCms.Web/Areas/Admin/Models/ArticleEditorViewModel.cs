using Microsoft.AspNetCore.Mvc.Rendering;
using NewsCms.Core.Articles;
using NewsCms.Web.Media;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// The editor page: the form's fields (inherited, so every control is named as it is posted) and what the
/// page shows around them, all worked out from the article's state and the person's rights.
/// </summary>
public sealed record ArticleEditorViewModel : ArticleEditorInput
{
    public ArticleEditorViewModel(ArticleEditorInput input)
        : base(input)
    {
    }

    /// <summary>Null until the first save.</summary>
    public int? Id { get; init; }

    public bool IsNew => Id is null;

    public ArticleStatus Status { get; init; }

    /// <summary>The commands the workflow allows this person on this article now; one button each.</summary>
    public IReadOnlySet<ArticleCommand> Commands { get; init; } = new HashSet<ArticleCommand>();

    /// <summary>Shown, fields disabled, to an editor opening what nobody may change (an archived story).</summary>
    public bool ReadOnly { get; init; }

    public bool ShowsUnpublishAt { get; init; }

    /// <summary>Set once the story was first published: its address must not change.</summary>
    public string? FixedSlug { get; init; }

    /// <summary>The slug the article has now, shown as a hint while the field is left to the headline.</summary>
    public string? CurrentSlug { get; init; }

    public string? PublicUrl { get; init; }

    public DateTimeOffset? ScheduledAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string TimeZone { get; init; } = "";

    public IReadOnlyList<SelectListItem> Sections { get; init; } = [];

    public IReadOnlyList<SelectListItem> StaffAuthors { get; init; } = [];

    /// <summary>Pictures from the library for the Lead image control.</summary>
    public IReadOnlyList<SelectListItem> LeadImages { get; init; } = [];

    /// <summary>The newest library pictures, each with the line that places it in the body.</summary>
    public IReadOnlyList<MediaTileViewModel> BodyPictures { get; init; } = [];

    /// <summary>Someone else saved first: the page explains, and the form carries their version now.</summary>
    public bool Conflict { get; init; }

    public ArticlePreviewViewModel? Preview { get; init; }

    /// <summary>The search result and the shared link's card, from the form as it stands.</summary>
    public SearchAppearanceViewModel? Appearance { get; init; }

    /// <summary>Notes and the ways back (docs/newsroom.md); null on a story not saved yet.</summary>
    public DeskViewModel? Desk { get; init; }

    /// <summary>What readers and search engines would miss, shown beside Publish; never blocks it.</summary>
    public IReadOnlyList<string> PublicationWarnings => PublicationChecks.Review(Headline, Standfirst, Body);

    /// <summary>Words and reading time of the Body as typed; wwwroot/js/editor-helpers.js keeps them current.</summary>
    public WritingMeasure BodyMeasure => WritingMeasure.Of(Body);

    public int HeadlineLength => Headline?.Trim().Length ?? 0;

    public string SeoTitleCount => CountText(SeoTitle, Article.SeoTitleAdvice);

    public string SeoDescriptionCount => CountText(SeoDescription, Article.SeoDescriptionAdvice);

    /// <summary>Integrity additions (docs/editorial-record.md): lock banner, autosave offer, conflict versions, corrections, takedown.</summary>
    public EditorIntegrityViewModel Integrity { get; init; } = new();

    private static readonly string[] FieldOrder =
        ["Headline", "Slug", "Standfirst", "DatelinePlace", "DatelineSource", "Body", "LeadImageId", "LeadImageFile", "LeadImageAltText", "SectionId", "Tags", "AuthorIds", "Byline", "SeoTitle", "SeoDescription", "PublishAt", "UnpublishAt"];

    public string Url => IsNew ? "/admin/articles/new" : $"/admin/articles/{Id}/edit";

    public bool Allows(ArticleCommand command) => Commands.Contains(command);

    /// <summary>Where a field sits on the form, top to bottom (-1: the form as a whole), so the summary of reasons reads in that order.</summary>
    /// <summary>The search fields' length against what results show; editor-helpers.js writes the same as you type.</summary>
    private static string CountText(string? text, int advice)
    {
        var length = text?.Trim().Length ?? 0;
        return $"{length} of about {advice} characters" + (length > advice ? ": search engines cut the rest" : "");
    }

    public static int PositionOf(string field) => Array.IndexOf(FieldOrder, field);
}

/// <summary>The story as readers will see it, rendered by the same pipeline as a save.</summary>
public sealed record ArticlePreviewViewModel(string Headline, string? Standfirst, string? SectionName, BylineViewModel Byline, string BodyHtml);
