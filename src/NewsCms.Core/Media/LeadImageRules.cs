using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;

namespace NewsCms.Core.Media;

public static class LeadImageRules
{
    public const string NoAltText = "The lead image has no alt text. Add it in Pictures (what the picture shows, for readers who cannot see it) before publishing.";

    /// <summary>The picture must be in the library; a story going out (or already out) needs its alt text.</summary>
    public static async Task CheckAsync(NewsDbContext db, int? leadImageId, bool goingOut, List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (leadImageId is not { } id)
            return;
        var picture = await db.MediaItems.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.AltText }).SingleOrDefaultAsync(cancellationToken);
        if (picture is null)
            errors.Add(new(nameof(ArticleInput.LeadImageId), "Choose a lead image from the library."));
        else if (goingOut && string.IsNullOrWhiteSpace(picture.AltText))
            errors.Add(new(nameof(ArticleInput.LeadImageId), NoAltText));
    }
}
