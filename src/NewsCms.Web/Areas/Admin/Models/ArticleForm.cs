using System.Globalization;
using NewsCms.Core.Articles;
using NewsCms.Core.Newsroom;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>Between the editor form and Core: filling it from an article, reading it into an ArticleInput, and what to say after.</summary>
public static class ArticleForm
{
    /// <summary>The one button that saves nothing.</summary>
    public const string PreviewCommand = "Preview";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static ArticleEditorInput From(Article article, NewsroomOptions newsroom) => new()
    {
        Headline = article.Headline,

        // A slug still made from the headline is left empty, so it keeps following the headline until it is fixed.
        Slug = article.SlugIsFixed || article.Slug != Slug.FromHeadline(article.Headline) ? article.Slug : null,
        Standfirst = article.Standfirst,
        DatelinePlace = article.DatelinePlace,
        DatelineSource = article.DatelineSource,
        Body = article.BodyMarkdown,
        SectionId = article.SectionId,
        LeadImageId = article.LeadImageId,
        Tags = string.Join(", ", article.Tags.Select(t => t.Name).Order(StringComparer.CurrentCultureIgnoreCase)),
        AuthorIds = article.Authors.OrderBy(a => a.Position).Select(a => a.UserId).ToList(),
        Byline = article.Byline,
        SeoTitle = article.SeoTitle,
        SeoDescription = article.SeoDescription,
        PublishAt = article.ScheduledAt is { } at ? newsroom.ToLocal(at).DateTime : null,
        UnpublishAt = article.ExpiresAt is { } until ? newsroom.ToLocal(until).DateTime : null,
        Version = article.Version,
    };

    /// <summary>The times typed are the newsroom's wall clock; Core works in UTC instants.</summary>
    public static ArticleInput ToCore(ArticleEditorInput form, NewsroomOptions newsroom) => new()
    {
        Headline = form.Headline,
        Slug = form.Slug,
        Standfirst = form.Standfirst,
        DatelinePlace = form.DatelinePlace,
        DatelineSource = form.DatelineSource,
        Body = form.Body,
        SectionId = form.SectionId,
        LeadImageId = form.LeadImageId,
        Tags = form.Tags,
        AuthorIds = (form.AuthorIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).ToList(),
        Byline = form.Byline,
        SeoTitle = form.SeoTitle,
        SeoDescription = form.SeoDescription,
        PublishAt = form.PublishAt is { } publishAt ? newsroom.FromLocal(publishAt) : null,
        UnpublishAt = form.UnpublishAt is { } unpublishAt ? newsroom.FromLocal(unpublishAt) : null,
        Version = form.Version,
        SignificantUpdate = form.SignificantUpdate,
    };

    /// <summary>Only the commands' own names: no numbers, no other spelling.</summary>
    public static bool TryParseCommand(string? value, out ArticleCommand command)
    {
        command = default;
        return value is not null
            && Enum.GetNames<ArticleCommand>().Contains(value, StringComparer.Ordinal)
            && Enum.TryParse(value, out command);
    }

    public static string Notice(ArticleCommand command, Article article, NewsroomOptions newsroom) => command switch
    {
        ArticleCommand.SaveDraft when article.Status == ArticleStatus.Draft => "Draft saved.",
        ArticleCommand.SaveDraft => $"Changes saved; the article is still {StatusText.Of(article.Status).ToLower(English)}.",
        ArticleCommand.Update => "Updated: the changes are live.",
        ArticleCommand.Submit => "Submitted for review.",
        ArticleCommand.Publish => "Published.",
        ArticleCommand.Schedule => $"Scheduled for {newsroom.Show(article.ScheduledAt!.Value, "MMMM d, yyyy, h:mm tt")}.",
        ArticleCommand.Unpublish => "Unpublished: the story is off the site and its address answers 410 Gone.",
        ArticleCommand.Archive => "Archived.",
        _ => "Saved.",
    };
}
