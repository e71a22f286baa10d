using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

/// <summary>The pictures' tables on the one DbContext, kept beside the feature.</summary>
public static class MediaData
{
    extension(NewsDbContext db)
    {
        public DbSet<MediaItem> MediaItems => db.Set<MediaItem>();
        public DbSet<MediaOriginal> MediaOriginals => db.Set<MediaOriginal>();
        public DbSet<MediaRendition> MediaRenditions => db.Set<MediaRendition>();
    }
}
