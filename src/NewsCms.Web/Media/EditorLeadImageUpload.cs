using System.Security.Claims;
using NewsCms.Core.Data;
using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

/// <summary>
/// A lead image uploaded from the article editor: the library's own checks and storage (so the same files
/// are refused with the same words), plus the alt text typed beside it, so the story can be published at once.
/// </summary>
public sealed class EditorLeadImageUpload(MediaLibrary library, PictureInspector inspector, NewsDbContext db, TimeProvider clock)
{
    public sealed record Outcome(int? MediaId, string? Refusal);

    public async Task<Outcome> AddAsync(IFormFile file, string? altText, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var upload = await ReadAsync(inspector, file, cancellationToken);
        if (upload.Refusal is not null)
            return new Outcome(null, upload.Refusal);

        var result = (await library.AddAsync([upload.Upload!], user.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken)).Single();
        if (result.MediaId is { } id && !string.IsNullOrWhiteSpace(altText))
        {
            var item = await db.MediaItems.FindAsync([id], cancellationToken);
            item!.Describe(altText, item.Caption, item.Credit, item.FocalX, item.FocalY, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Outcome(result.MediaId, result.Refusal);
    }

    /// <summary>The size is checked before the file is read into memory; everything else by <see cref="MediaLibrary"/>.</summary>
    public static async Task<(MediaLibrary.Upload? Upload, string? Refusal)> ReadAsync(PictureInspector inspector, IFormFile file, CancellationToken cancellationToken)
    {
        if (inspector.CheckSize(file.FileName, file.Length) is { } tooLarge)
            return (null, tooLarge.Message);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (new MediaLibrary.Upload(file.FileName, buffer.ToArray()), null);
    }
}
