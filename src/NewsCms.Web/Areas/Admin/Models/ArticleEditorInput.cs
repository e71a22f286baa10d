using System.ComponentModel.DataAnnotations;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// The editor form as posted. Field names are those of Core's ArticleInput, so a reason Core gives for a
/// field lands beside that field; the labels are the contract's (DESIGN.md "The words on the screen").
/// Not sealed: the editor's view model is this form plus what the page shows around it.
/// </summary>
public record ArticleEditorInput
{
    // Times a story's URL and the clock can hold: the URL's year has four digits, and converting the last
    // day of 9999 to UTC would overflow.
    private const string MinTime = "1000-01-01T00:00:00";
    private const string MaxTime = "9998-12-31T23:59:59";
    private const string TimeMessage = "Enter a date and time between the years 1000 and 9998.";

    [Display(Name = "Headline")]
    public string? Headline { get; set; }

    [Display(Name = "Slug")]
    public string? Slug { get; set; }

    [Display(Name = "Standfirst")]
    public string? Standfirst { get; set; }

    [Display(Name = "Dateline")]
    public string? DatelinePlace { get; set; }

    [Display(Name = "Wire source")]
    public string? DatelineSource { get; set; }

    [Display(Name = "Body")]
    public string? Body { get; set; }

    [Display(Name = "Section")]
    public int? SectionId { get; set; }

    [Display(Name = "Lead image")]
    public int? LeadImageId { get; set; }

    /// <summary>A picture uploaded from the editor: it goes into the library and becomes the lead image.</summary>
    [Display(Name = "New picture from this computer")]
    public IFormFile? LeadImageFile { get; set; }

    [Display(Name = "Describe the new picture")]
    [StringLength(Core.Media.MediaItem.TextMaxLength)]
    public string? LeadImageAltText { get; set; }

    [Display(Name = "Tags")]
    public string? Tags { get; set; }

    /// <summary>Nullable only so MVC does not treat it as required; never null once bound.</summary>
    [Display(Name = "Staff authors")]
    public List<string>? AuthorIds { get; set; } = [];

    [Display(Name = "Byline")]
    public string? Byline { get; set; }

    /// <summary>Optional; empty means the headline. Named without the contract's field words, which a search by label matches as parts of names.</summary>
    [Display(Name = "Search title")]
    public string? SeoTitle { get; set; }

    /// <summary>Optional; empty means the standfirst (or the body's opening).</summary>
    [Display(Name = "Search description")]
    public string? SeoDescription { get; set; }

    /// <summary>Newsroom wall-clock time, as a datetime-local control sends it.</summary>
    [Display(Name = "Publish at")]
    [Range(typeof(DateTime), MinTime, MaxTime, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = TimeMessage)]
    public DateTime? PublishAt { get; set; }

    [Display(Name = "Unpublish at")]
    [Range(typeof(DateTime), MinTime, MaxTime, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = TimeMessage)]
    public DateTime? UnpublishAt { get; set; }

    /// <summary>Unchecked for typo fixes: only a significant update shows readers "Updated …" and moves dateModified.</summary>
    [Display(Name = "Significant update")]
    public bool SignificantUpdate { get; set; }

    /// <summary>The article's version when the form was loaded; a save from an older one is a conflict.</summary>
    public uint? Version { get; set; }

    /// <summary>The button pressed: an ArticleCommand's name, or "Preview".</summary>
    public string? Command { get; set; }
}
