using System.Text.Json;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>The editor fields an autosave keeps, and how a kept slot fills the form again.</summary>
public static class AutosaveFields
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "Headline", "Slug", "Standfirst", "DatelinePlace", "DatelineSource", "Body", "SectionId", "Tags", "AuthorIds", "Byline", "SeoTitle", "SeoDescription",
    };

    /// <summary>The article's form with the autosaved fields laid over it (the version stays the article's, so a stale one is still caught).</summary>
    public static ArticleEditorInput Restore(ArticleEditorInput form, string json)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [];
        string? One(string name) => fields.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
        return form with
        {
            Headline = One("Headline") ?? form.Headline,
            Slug = One("Slug") ?? form.Slug,
            Standfirst = One("Standfirst") ?? form.Standfirst,
            DatelinePlace = One("DatelinePlace") ?? form.DatelinePlace,
            DatelineSource = One("DatelineSource") ?? form.DatelineSource,
            Body = One("Body") ?? form.Body,
            SectionId = int.TryParse(One("SectionId"), out var section) ? section : form.SectionId,
            Tags = One("Tags") ?? form.Tags,
            AuthorIds = fields.TryGetValue("AuthorIds", out var authors) ? [.. authors] : form.AuthorIds,
            Byline = One("Byline") ?? form.Byline,
            SeoTitle = One("SeoTitle") ?? form.SeoTitle,
            SeoDescription = One("SeoDescription") ?? form.SeoDescription,
        };
    }
}
