using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using NewsCms.Core.Media;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Media;

/// <summary>The picture library: upload, find, describe, delete. Reporters, editors and admins; not moderators.</summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.WriteArticles))]
[Route("admin/media")]
public sealed class MediaLibraryController(
    NewsDbContext db, MediaLibrary library, BodyRenderer body, PictureInspector inspector, IOptions<MediaOptions> options, PictureMarkup markup, TimeProvider clock, IPublicPageCache pages) : Controller
{
    private const string View_ = "~/Media/Views/MediaLibrary/";
    private const long UploadRequestLimit = 512L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, bool unused = false, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var size = options.Value.LibraryPageSize;
        var rows = await MediaQueries.Search(db, q, unused)
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * size).Take(size + 1)
            .Select(m => new { Picture = new PictureRef(m.Id, m.Width, m.Height, m.FocalX, m.FocalY, m.ContentHash, m.AltText, m.Caption, m.Credit), m.FileName })
            .ToListAsync(cancellationToken);
        var tiles = rows.Take(size).Select(r =>
        {
            var (url, width, height) = markup.Thumbnail(r.Picture);
            return new MediaTileViewModel(r.Picture, r.FileName, url, width, height);
        }).ToList();
        var messages = (TempData["MediaMessages"] as string)?.Split('\n') ?? [];
        return View(View_ + "Index.cshtml", new MediaLibraryViewModel(tiles, q, unused, page, rows.Count > size, messages, options.Value.MaxUploadBytes));
    }

    [HttpPost("")]
    [RequestSizeLimit(UploadRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
    public async Task<IActionResult> Upload(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            // Nothing chosen: the library again, saying so (no redirect, nothing to keep).
            TempData["MediaMessages"] = "Choose one or more pictures to upload.";
            return await Index(null, cancellationToken: cancellationToken);
        }

        var messages = new List<string>();
        var uploads = new List<MediaLibrary.Upload>();
        foreach (var file in files)
        {
            var (upload, refusal) = await EditorLeadImageUpload.ReadAsync(inspector, file, cancellationToken);
            if (upload is null)
                messages.Add(refusal!);
            else
                uploads.Add(upload);
        }

        var results = await library.AddAsync(uploads, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        messages.AddRange(results.Select(r => r.Refusal ?? $"“{r.FileName}” added to the library."));
        TempData["MediaMessages"] = string.Join('\n', messages);
        // The script's upload (with progress) then loads the library itself; a redirect it followed would use up the messages.
        return Request.Headers.XRequestedWith == "XMLHttpRequest" ? NoContent() : Redirect("/admin/media");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
            return NotFound();
        var input = new MediaDetailsInput { AltText = item.AltText, Caption = item.Caption, Credit = item.Credit, FocalX = item.FocalX, FocalY = item.FocalY };
        return View(View_ + "Edit.cshtml", await EditPageAsync(item, input, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, MediaDetailsInput input, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
            return NotFound();
        if (!ModelState.IsValid)
            return View(View_ + "Edit.cshtml", await EditPageAsync(item, input, cancellationToken));

        item.Describe(input.AltText, input.Caption, input.Credit, input.FocalX, input.FocalY, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await body.RerenderUsersOfAsync(id, cancellationToken);
        // Alt text, caption, credit and the crops' URLs appear on every page that shows the picture.
        await pages.EvictAsync([PublicPageTags.All], CancellationToken.None);
        TempData["Notice"] = $"“{item.FileName}” saved.";
        return Redirect($"/admin/media/{id}/edit");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var name = await db.MediaItems.Where(m => m.Id == id).Select(m => m.FileName).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
            return NotFound();
        var usedBy = await library.DeleteAsync(id, cancellationToken);
        if (usedBy.Count > 0)
        {
            TempData["Notice"] = $"“{name}” was not deleted: it is used by {string.Join(", ", usedBy.Select(h => $"“{h}”"))}.";
            return Redirect($"/admin/media/{id}/edit");
        }

        TempData["Notice"] = $"“{name}” deleted.";
        return Redirect("/admin/media");
    }

    private async Task<MediaEditViewModel> EditPageAsync(MediaItem item, MediaDetailsInput input, CancellationToken cancellationToken)
    {
        var picture = new PictureRef(item.Id, item.Width, item.Height, item.FocalX, item.FocalY, item.ContentHash, item.AltText, item.Caption, item.Credit);
        var widths = options.Value.RenditionWidths;
        var previewWidth = picture.WidthNear(MediaCrop.Original, widths, 960);
        var crops = new[] { MediaCrop.Wide, MediaCrop.Standard, MediaCrop.Square }
            .Select(c => (Crops.UrlName(c).Replace('x', ':'), picture.Url(c, picture.WidthNear(c, widths, options.Value.ThumbnailWidth), RenditionFormat.Webp)))
            .ToList();
        var usedBy = await db.Articles.Using(item.Id).OrderBy(a => a.Headline).Select(a => a.Headline).ToListAsync(cancellationToken);
        return new MediaEditViewModel(item.Id, item.FileName, item.Width, item.Height,
            picture.Url(MediaCrop.Original, previewWidth, RenditionFormat.Jpeg), previewWidth, picture.HeightAt(MediaCrop.Original, previewWidth),
            crops, usedBy, input);
    }
}
