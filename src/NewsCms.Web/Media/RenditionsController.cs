using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using NewsCms.Core.Media;

namespace NewsCms.Web.Media;

/// <summary>
/// <c>/media/{id}/{fingerprint}/{crop}-{width}.{webp|jpg}</c>: a stored rendition, immutable and cacheable for a
/// year (a new focal point changes the fingerprint, so the URL). A crop, width, format or fingerprint the
/// picture does not offer is a 404: nobody can make the server encode an arbitrary size.
/// </summary>
public sealed class RenditionsController(RenditionStore renditions) : Controller
{
    [OutputCache(PolicyName = RenditionCachePolicy.Name)]
    [HttpGet("media/{id:int}/{fingerprint:length(12)}/{crop}-{width:int}.{extension}")]
    public async Task<IActionResult> Show(int id, string fingerprint, string crop, int width, string extension, CancellationToken cancellationToken)
    {
        if (Crops.FromUrlName(crop) is not { } mediaCrop || PictureRef.FormatOf(extension) is not { } format)
            return NotFound();
        var bytes = await renditions.GetAsync(id, fingerprint, new RenditionKey(mediaCrop, width, format), cancellationToken);
        if (bytes is null)
            return NotFound();

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(bytes, PictureRef.ContentTypeOf(format), lastModified: null, entityTag: new EntityTagHeaderValue($"\"{fingerprint}-{crop}-{width}-{extension}\""));
    }
}
