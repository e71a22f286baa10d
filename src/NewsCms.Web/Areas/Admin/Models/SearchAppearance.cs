using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Markdown;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Web.Media;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>
/// The story as a search engine's result and a shared link's card would show it, from the form as typed:
/// the same fallbacks as the article page's head (search title, else headline; search description, else
/// standfirst, else the body's opening) and the same picture as og:image.
/// </summary>
public sealed record SearchAppearanceViewModel(
    string Title,
    string Path,
    string Description,
    bool OwnTitle,
    bool OwnDescription,
    SharePicture? Image)
{
    /// <summary>What a search engine prints of the &lt;title&gt;, "Title | Newsroom", cut near its limit.</summary>
    public string ResultTitle(string newsroom) => SearchAppearance.Cut($"{Title} | {newsroom}", Article.SeoTitleAdvice);

    public string ResultDescription => SearchAppearance.Cut(Description, Article.SeoDescriptionAdvice);
}

/// <summary>The og:image of the story: its lead picture's 16:9 share rendition.</summary>
public sealed record SharePicture(string Url, int Width, int Height, string? Alt)
{
    public static SharePicture Of((string Url, int Width, int Height) share, string? alt) => new(share.Url, share.Width, share.Height, alt);
}

/// <summary>Builds <see cref="SearchAppearanceViewModel"/> for the editor page and the live request alike.</summary>
public sealed class SearchAppearance(NewsDbContext db, PictureMarkup pictures, NewsroomOptions newsroom, TimeProvider clock)
{
    /// <summary>From the form as typed and the story as saved (its address may be fixed; a blank one for a new story).</summary>
    public async Task<SearchAppearanceViewModel> BuildAsync(Article article, ArticleEditorInput form, CancellationToken cancellationToken)
    {
        var ownTitle = !string.IsNullOrWhiteSpace(form.SeoTitle);
        var ownDescription = !string.IsNullOrWhiteSpace(form.SeoDescription);
        var standfirst = string.IsNullOrWhiteSpace(form.Standfirst) ? null : form.Standfirst.Trim();
        var description = ownDescription ? form.SeoDescription!.Trim() : standfirst ?? MarkdownRenderer.Excerpt(form.Body ?? "");

        // Until the first publication the address is a guess: today's date and the slug the form would get.
        var day = article.PublishedOn ?? newsroom.DayOf(clock.GetUtcNow());
        var slug = article.SlugIsFixed ? article.Slug : ArticleRules.SlugFor(new ArticleInput { Headline = form.Headline, Slug = form.Slug });

        var lead = form.LeadImageId is { } id
            ? await db.MediaItems.AsNoTracking()
                .Where(m => m.Id == id)
                .Select(m => new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, m.AltText, m.Caption, m.Credit))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        return new SearchAppearanceViewModel(
            ownTitle ? form.SeoTitle!.Trim() : form.Headline?.Trim() ?? "",
            ArticleUrl.For(day, slug),
            description,
            ownTitle,
            ownDescription,
            lead is null ? null : SharePicture.Of(pictures.Share(lead), lead.AltText));
    }

    /// <summary>Cut at a word before <paramref name="max"/> characters, with an ellipsis, as result pages do.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var at = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, at > 0 ? at : max - 1).TrimEnd(), "\u2026");
    }
}
