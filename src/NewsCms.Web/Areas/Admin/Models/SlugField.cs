using System.ComponentModel.DataAnnotations;
using NewsCms.Core.Articles;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The optional slug field of the section, tag and author forms: typed, or made from the name when left empty.</summary>
public static class SlugField
{
    public static string Effective(string? typed, string? name, int maxLength) =>
        string.IsNullOrWhiteSpace(typed) ? Slug.FromHeadline(name ?? "", maxLength) : typed.Trim();

    public static IEnumerable<ValidationResult> Validate(string effective, int maxLength, string memberName)
    {
        if (effective.Length == 0)
            yield return new ValidationResult("No slug can be made from this name: type one.", [memberName]);
        else if (!Slug.IsValid(effective) || effective.Length > maxLength)
            yield return new ValidationResult(
                $"A slug is lower-case letters, digits and single hyphens, like world-news, at most {maxLength} characters.",
                [memberName]);
    }
}
