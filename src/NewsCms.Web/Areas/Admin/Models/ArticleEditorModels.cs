using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Newsroom;
using NewsCms.Core.Staff;
using NewsCms.Web.Media;
using NewsCms.Web.ReaderSite;

namespace NewsCms.Web.Areas.Admin.Models;

/// <summary>Builds the editor page's model: the article's state, the person's buttons, the lists to choose from, the preview.</summary>
public sealed class ArticleEditorModels(NewsDbContext db, NewsroomOptions newsroom, BodyRenderer body, PictureMarkup markup, TimeProvider clock, DeskModels desk, SearchAppearance appearance)
{
    private const int BodyPictureChoices = 24;

    /// <summary>The article as it is in the database now (never a tracked, possibly edited copy).</summary>
    public Task<Article?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Include(a => a.Tags)
            .Include(a => a.Authors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>A story not saved yet, so the workflow can answer for it as for any other.</summary>
    public Article Blank(Actor actor) => new("", "", actor.UserId, clock.GetUtcNow());

    public async Task<ArticleEditorViewModel> BuildAsync(Article article, Actor actor, ArticleEditorInput input, CancellationToken cancellationToken)
    {
        var isNew = article.Id == 0;
        return new ArticleEditorViewModel(input)
        {
            Id = isNew ? null : article.Id,
            Status = article.Status,

            // Archiving a story that does not exist yet would only make an empty archived one.
            Commands = Enum.GetValues<ArticleCommand>()
                .Where(c => ArticleWorkflow.Allows(article, actor, c) && !(isNew && c == ArticleCommand.Archive))
                .ToHashSet(),
            ReadOnly = !ArticleWorkflow.CanEdit(article, actor),
            ShowsUnpublishAt = ArticleWorkflow.CanSetExpiry(article, actor),
            FixedSlug = article.SlugIsFixed ? article.Slug : null,
            CurrentSlug = article.Slug,
            PublicUrl = article is { Status: ArticleStatus.Published, PublishedOn: { } day } ? ArticleUrl.For(day, article.Slug) : null,
            ScheduledAt = article.Status == ArticleStatus.Scheduled ? article.ScheduledAt : null,
            UpdatedAt = isNew ? null : article.UpdatedAt,
            TimeZone = newsroom.TimeZone,
            Sections = await SectionsAsync(cancellationToken),
            StaffAuthors = await StaffAuthorsAsync(input.AuthorIds ?? [], cancellationToken),
            LeadImages = await LeadImagesAsync(input.LeadImageId, cancellationToken),
            BodyPictures = ArticleWorkflow.CanEdit(article, actor) ? await BodyPicturesAsync(cancellationToken) : [],
            Desk = await desk.BuildAsync(article, actor, null, cancellationToken),
            Appearance = await appearance.BuildAsync(article, input, cancellationToken),
        };
    }

    public async Task<ArticlePreviewViewModel> PreviewAsync(ArticleEditorInput input, CancellationToken cancellationToken)
    {
        var section = input.SectionId is { } sectionId
            ? await db.Sections.Where(s => s.Id == sectionId).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var chosen = input.AuthorIds ?? [];
        var authors = (await db.Users.AsNoTracking()
                .Where(u => chosen.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.AuthorSlug })
                .ToListAsync(cancellationToken))
            .OrderBy(u => chosen.IndexOf(u.Id))
            .Select(u => new AuthorLinkViewModel(u.DisplayName, u.AuthorSlug))
            .ToList();
        var dateline = Dateline.From(input.DatelinePlace, input.DatelineSource);
        return new ArticlePreviewViewModel(
            input.Headline?.Trim() ?? "",
            string.IsNullOrWhiteSpace(input.Standfirst) ? null : input.Standfirst.Trim(),
            section,
            new BylineViewModel(authors, input.Byline?.Trim()),
            await body.RenderAsync(input.Body ?? "", dateline?.ToString(), cancellationToken));
    }

    /// <summary>The newest 200 pictures, and the chosen one wherever it is: "file name — alt text".</summary>
    private async Task<IReadOnlyList<SelectListItem>> LeadImagesAsync(int? chosen, CancellationToken cancellationToken) =>
        (await db.MediaItems.AsNoTracking()
            .OrderByDescending(m => m.Id == chosen).ThenByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Take(200)
            .Select(m => new { m.Id, m.FileName, m.AltText })
            .ToListAsync(cancellationToken))
        .Select(m => new SelectListItem(m.AltText is null ? $"{m.FileName} (no alt text yet)" : $"{m.FileName} — {m.AltText}", m.Id.ToString(CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>The chooser beside Body: the newest pictures (older ones are a search away in the library, which shows their lines too).</summary>
    private async Task<IReadOnlyList<MediaTileViewModel>> BodyPicturesAsync(CancellationToken cancellationToken) =>
        (await db.MediaItems.AsNoTracking()
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Take(BodyPictureChoices)
            .Select(m => new { Picture = new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, m.AltText, m.Caption, m.Credit), m.FileName })
            .ToListAsync(cancellationToken))
        .Select(r =>
        {
            var (url, width, height) = markup.Thumbnail(r.Picture);
            return new MediaTileViewModel(r.Picture, r.FileName, url, width, height);
        })
        .ToList();

    private async Task<IReadOnlyList<SelectListItem>> SectionsAsync(CancellationToken cancellationToken) =>
        (await db.Sections.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>
    /// Everyone who writes (and is not disabled), plus whoever is chosen already. The chosen come first, in
    /// byline order, so a multiple select (which posts in list order) keeps that order; the rest follow by name.
    /// </summary>
    private async Task<IReadOnlyList<SelectListItem>> StaffAuthorsAsync(List<string> chosen, CancellationToken cancellationToken)
    {
        var writers = Capabilities.RolesWith(Capability.WriteArticles);
        var staff = await db.Users.AsNoTracking().Active().InAnyRole(db, writers)
            .Select(u => new { u.Id, u.DisplayName })
            .Union(db.Users.Where(u => chosen.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }))
            .ToListAsync(cancellationToken);
        return staff
            .OrderBy(u => chosen.IndexOf(u.Id) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(u => new SelectListItem(u.DisplayName, u.Id))
            .ToList();
    }
}
