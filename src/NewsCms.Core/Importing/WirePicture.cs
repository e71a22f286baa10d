using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Media;

namespace NewsCms.Core.Importing;

/// <summary>
/// The picture that travels with a wire file: <c>story.jpg</c> (or .jpeg, .png, .webp) beside <c>story.txt</c>.
/// It goes through the library's checks into the library and becomes the story's lead image. Its alt text is
/// the caption the agency embedded (IPTC 2:120 or XMP dc:description, which describe the picture); without
/// one the picture stays in the library, not the lead, since a published lead image needs alt text.
/// Kept apart from the text importer, which only hands over the article and the file's path.
/// </summary>
public sealed class WirePicture(NewsDbContext db, MediaLibrary library, TimeProvider clock)
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp"];

    public static string? BesideText(string textPath) =>
        Extensions.Select(e => Path.ChangeExtension(textPath, e)).FirstOrDefault(File.Exists);

    /// <summary>Answers what happened, for the operator; the same file imported again reuses its library item.</summary>
    public async Task<string> AttachAsync(int articleId, string picturePath, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(picturePath, cancellationToken);
        var name = Path.GetFileName(picturePath);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var id = await db.MediaItems.Where(m => m.ContentHash == hash).OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            var added = (await library.AddAsync([new MediaLibrary.Upload(name, bytes)], uploadedById: null, cancellationToken)).Single();
            if (added.MediaId is null)
                return added.Refusal!;
            id = added.MediaId;
        }

        var item = await db.MediaItems.SingleAsync(m => m.Id == id, cancellationToken);
        if (item.AltText is null && item.Caption is not null)
            item.Describe(item.Caption, item.Caption, item.Credit, item.FocalX, item.FocalY, clock.GetUtcNow());
        if (item.AltText is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return $"“{name}” is in the library but has no embedded caption for its alt text, so it is not the lead image yet";
        }

        var article = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
        article.SetLeadImage(item.Id);
        await db.SaveChangesAsync(cancellationToken);
        return $"“{name}” is the lead image";
    }
}
