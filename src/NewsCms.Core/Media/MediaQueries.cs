using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

public static class MediaQueries
{
    /// <summary>
    /// The library's filter: every word must appear in the alt text, caption, credit or file name
    /// (ix_media_items_search_trgm serves the ILIKEs); optionally only pictures no story uses.
    /// </summary>
    public static IQueryable<MediaItem> Search(NewsDbContext db, string? query, bool unusedOnly)
    {
        var media = unusedOnly ? db.MediaItems.Unused(db.Articles) : db.MediaItems;
        foreach (var word in (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
        {
            var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            media = media.Where(m => EF.Functions.ILike(m.AltText!, pattern)
                || EF.Functions.ILike(m.Caption!, pattern)
                || EF.Functions.ILike(m.Credit!, pattern)
                || EF.Functions.ILike(m.FileName, pattern));
        }

        return media.AsNoTracking();
    }
}
