using Microsoft.AspNetCore.Mvc;

namespace NewsCms.Web.Hosting;

/// <summary>
/// Error pages. Re-executed for any method (a 404 on a POST too), so they skip antiforgery, and they
/// never touch the database: they must render when it is down.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View();
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code switch
        {
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status410Gone => View("Gone"),
            StatusCodes.Status429TooManyRequests => View("TooManyRequests"),
            _ => View("Status", code),
        };
    }
}
