using NewsCms.Core.Tags;

namespace NewsCms.Core.Articles;

/// <summary>
/// Validation that needs no database. Drafts are loose (a draft may be incomplete, but never over a limit);
/// anything that goes to review or to readers is strict (a headline and a body are required).
/// Field names are those of <see cref="ArticleInput"/>, so a form can show each reason beside its field.
/// </summary>
public static class ArticleRules
{
    public static bool IsStrict(ArticleCommand command, ArticleStatus status) =>
        command is ArticleCommand.Submit or ArticleCommand.Publish or ArticleCommand.Schedule or ArticleCommand.Update
        || (command == ArticleCommand.SaveDraft && status is not ArticleStatus.Draft);

    public static List<FieldError> Check(ArticleInput input, bool strict)
    {
        var errors = new List<FieldError>();
        var headline = input.Headline?.Trim() ?? "";
        if (strict && headline.Length == 0)
            errors.Add(new(nameof(input.Headline), "Write a headline."));
        MaxLength(errors, nameof(input.Headline), "headline", headline, Article.HeadlineMaxLength);
        MaxLength(errors, nameof(input.Standfirst), "standfirst", input.Standfirst, Article.StandfirstMaxLength);
        MaxLength(errors, nameof(input.DatelinePlace), "dateline", input.DatelinePlace, Article.DatelineMaxLength);
        MaxLength(errors, nameof(input.DatelineSource), "wire source", input.DatelineSource, Article.DatelineMaxLength);
        MaxLength(errors, nameof(input.Byline), "byline", input.Byline, Article.BylineMaxLength);
        MaxLength(errors, nameof(input.SeoTitle), "search title", input.SeoTitle, Article.SeoTitleMaxLength);
        MaxLength(errors, nameof(input.SeoDescription), "search description", input.SeoDescription, Article.SeoDescriptionMaxLength);
        if (strict && string.IsNullOrWhiteSpace(input.Body))
            errors.Add(new(nameof(input.Body), "Write the body of the story."));
        if (!string.IsNullOrWhiteSpace(input.Slug) && !Slug.IsValid(input.Slug.Trim()))
            errors.Add(new(nameof(input.Slug), "Use lower-case letters, digits and single hyphens only (for example: budget-vote-delayed)."));
        if (strict && headline.Length > 0 && string.IsNullOrWhiteSpace(input.Slug) && Slug.FromHeadline(headline).Length == 0)
            errors.Add(new(nameof(input.Slug), "The headline has no letters or digits to make an address from; write a slug."));
        foreach (var tag in input.TagNames.Where(t => t.Length > Tag.NameMaxLength || Slug.FromHeadline(t).Length == 0))
            errors.Add(new(nameof(input.Tags), $"\"{tag}\" is not a usable tag: at most {Tag.NameMaxLength} characters, with letters or digits."));
        return errors;
    }

    /// <summary>The slug an input asks for: the one typed, else one made from the headline.</summary>
    public static string SlugFor(ArticleInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slug.FromHeadline(input.Headline ?? "") : input.Slug.Trim();

    private static void MaxLength(List<FieldError> errors, string field, string name, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
            errors.Add(new(field, $"The {name} is {value.Trim().Length} characters; the limit is {max}."));
    }
}
