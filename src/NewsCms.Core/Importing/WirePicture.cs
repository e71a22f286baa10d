using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Wire;

namespace NewsCms.Core.Importing;

/// <summary>
/// The picture that travels with a plain-text wire file: <c>story.jpg</c> (or .jpeg, .png, .webp) beside
/// <c>story.txt</c>. It goes into the library as agency pictures do (<see cref="AgencyPictures"/>) and becomes
/// the story's lead image. Its alt text is the caption the agency embedded (IPTC 2:120 or XMP dc:description,
/// which describe the picture); without one the picture stays in the library, not the lead, since a
/// published lead image needs alt text. Kept apart from the text importer, which only hands over the article
/// and the file's path.
/// </summary>
public sealed class WirePicture(NewsDbContext db, AgencyPictures pictures)
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp"];

    public static string? BesideText(string textPath) =>
        Extensions.Select(e => Path.ChangeExtension(textPath, e)).FirstOrDefault(File.Exists);

    /// <summary>Answers what happened, for the operator; the same file imported again reuses its library item.</summary>
    public async Task<string> AttachAsync(int articleId, string picturePath, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(picturePath);
        var bytes = await File.ReadAllBytesAsync(picturePath, cancellationToken);
        var (picture, line, _) = await pictures.AddAsync(new AgencyPicture(name, null, null, null), bytes, cancellationToken);
        if (picture?.AltText is null)
            return line;

        var article = await db.Articles.SingleAsync(a => a.Id == articleId, cancellationToken);
        article.SetLeadImage(picture.MediaId);
        await db.SaveChangesAsync(cancellationToken);
        return $"“{name}” is the lead image";
    }
}
