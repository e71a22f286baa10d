using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Sections;

namespace NewsCms.Web.Areas.Admin.Models;

public sealed record SectionRowViewModel(int Id, string Name, string Slug, int ArticleCount);

/// <summary>The sections list, with the form that adds one beneath it.</summary>
public sealed record SectionsViewModel(IReadOnlyList<SectionRowViewModel> Sections, SectionInput NewSection);

public sealed record SectionEditViewModel(int Id, string Name, int ArticleCount, SectionInput Input);

public sealed class SectionInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the section a name.")]
    [StringLength(Section.NameMaxLength, ErrorMessage = "A section name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Slug")]
    public string? Slug { get; set; }

    /// <summary>The slug to store: the one typed, or one made from the name.</summary>
    public string EffectiveSlug => SlugField.Effective(Slug, Name, Section.SlugMaxLength);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SlugField.Validate(EffectiveSlug, Section.SlugMaxLength, nameof(Slug));
}
