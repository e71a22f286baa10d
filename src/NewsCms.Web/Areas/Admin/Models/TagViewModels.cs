using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Tags;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>A tag and how many articles (in any state) carry it.</summary>
public sealed record TagRowViewModel(int Id, string Name, string Slug, int ArticleCount);

public sealed record TagsViewModel(IReadOnlyList<TagRowViewModel> Tags);

public sealed record TagEditViewModel(int Id, string Name, int ArticleCount, TagInput Input);

public sealed class TagInput : IValidatableObject
{
    [Required(ErrorMessage = "Give the tag a name.")]
    [StringLength(Tag.NameMaxLength, ErrorMessage = "A tag name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Slug")]
    public string? Slug { get; set; }

    public string EffectiveSlug => SlugField.Effective(Slug, Name, Tag.NameMaxLength);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        SlugField.Validate(EffectiveSlug, Tag.NameMaxLength, nameof(Slug));
}
