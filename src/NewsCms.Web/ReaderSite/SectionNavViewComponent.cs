using Microsoft.AspNetCore.Mvc;

namespace NewsCms.Web.ReaderSite;

/// <summary>The header's section links, from the in-memory <see cref="SectionMenu"/>: no query per page.</summary>
public sealed class SectionNavViewComponent(SectionMenu menu) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await menu.GetAsync(HttpContext.RequestAborted));
}
