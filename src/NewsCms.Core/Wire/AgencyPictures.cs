using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Media;

namespace NewsCms.Core.Wire;

/// <summary>
/// Puts the pictures that come with agency copy into the media library, through the library's own checks,
/// with the agency's caption and credit. A picture is found by its file name among the files that came with
/// the copy (beside it in a folder, in the same upload or zip); one that is missing or refused is reported
/// and the story still goes in without it. The same file sent again (a later version) is the same library
/// item: the agency's words then only fill what the library item lacks, so a caption or alt text the
/// newsroom wrote is never overwritten. Runs before the stories are taken in, so each item can carry its
/// pictures' library ids (the first with alt text becomes the lead image: AgencyStories).
/// </summary>
public sealed class AgencyPictures(NewsDbContext db, MediaLibrary library, TimeProvider clock)
{
    /// <summary>The items with their pictures as they now are in the library, and a line per picture for the file's report.</summary>
    public sealed record Taken(IReadOnlyList<AgencyItem> Items, IReadOnlyList<string> Lines, int Added);

    public static bool AnyIn(WireRead read) => read.PicturesAlone.Count > 0 || read.Items.Any(i => i.Pictures.Count > 0);

    public async Task<Taken> TakeAsync(WireRead read, PictureFinder? finder, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        var added = 0;
        var byName = new Dictionary<string, AgencyPicture?>(StringComparer.Ordinal);

        async Task<AgencyPicture?> TakeOneAsync(AgencyPicture picture)
        {
            if (!byName.TryGetValue(picture.FileName, out var taken))
            {
                var bytes = finder is null ? null : await finder(picture, cancellationToken);
                var (result, line, isNew) = await AddAsync(picture, bytes, cancellationToken);
                taken = result;
                byName[picture.FileName] = taken;
                lines.Add(line);
                added += isNew ? 1 : 0;
            }

            return taken;
        }

        var items = new List<AgencyItem>();
        foreach (var item in read.Items)
        {
            var pictures = new List<AgencyPicture>();
            foreach (var picture in item.Pictures)
            {
                if (await TakeOneAsync(picture) is { } inLibrary)
                    pictures.Add(inLibrary);
            }

            items.Add(item.Pictures.Count == 0 ? item : item with { Pictures = pictures });
        }

        foreach (var picture in read.PicturesAlone)
            await TakeOneAsync(picture);
        return new Taken(items, lines, added);
    }

    /// <summary>One picture: the library item it now is (null when missing or refused) and the line that says so.</summary>
    public async Task<(AgencyPicture? Picture, string Line, bool IsNew)> AddAsync(AgencyPicture picture, byte[]? bytes, CancellationToken cancellationToken)
    {
        var name = picture.FileName;
        if (bytes is null)
            return (null, $"picture “{name}”: not found with the copy; the story goes in without it", false);

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var item = await db.MediaItems.Where(m => m.ContentHash == hash).OrderBy(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        var isNew = item is null;
        if (item is null)
        {
            var upload = (await library.AddAsync([new MediaLibrary.Upload(name, bytes)], uploadedById: null, cancellationToken)).Single();
            if (upload.MediaId is not { } id)
                return (null, $"picture “{name}”: refused: {upload.Refusal}; the story goes in without it", false);
            item = (await db.MediaItems.FindAsync([id], cancellationToken))!; // tracked since the library saved it: no query
        }

        // New to the library, the agency's words win over what is embedded in the file; already there, they
        // only fill what is missing. Alt text falls back on the caption: agency captions say what is shown.
        var caption = isNew ? picture.Caption ?? item.Caption : item.Caption ?? picture.Caption;
        var credit = isNew ? picture.Credit ?? item.Credit : item.Credit ?? picture.Credit;
        var alt = item.AltText ?? picture.AltText ?? caption;
        if ((alt, caption, credit) != (item.AltText, item.Caption, item.Credit))
        {
            item.Describe(alt, caption, credit, item.FocalX, item.FocalY, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        var what = isNew ? "added to the library" : "already in the library";
        var line = item.AltText is null
            ? $"picture “{name}”: {what}, with no caption for its alt text, so it does not lead the story"
            : $"picture “{name}”: {what}";
        return (picture with { MediaId = item.Id, AltText = item.AltText, Caption = item.Caption, Credit = item.Credit }, line, isNew);
    }
}
