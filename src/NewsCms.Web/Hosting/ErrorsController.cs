using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NewsCms.Web.Hosting;

/// <summary>
/// Error pages. Re-executed for any method (a 404 on a POST too), so they skip antiforgery, and they
/// never touch the database: they must render when it is down. The status code comes from the route only:
/// a posted field named "code" must not turn a 404 into a 200, and a code outside 400–599 is no error page.
/// </summary>
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error")]
    public IActionResult ServerError()
    {
        // The exception handler may have chosen a 4xx for an exception the client caused (ErrorStatus).
        if (Response.StatusCode is >= 400 and < 500)
            return Show(Response.StatusCode);
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View();
    }

    /// <summary>Takes no parameter, so nothing is bound from a posted form or the query string.</summary>
    [Route("/error/{code:int:range(400,599)}")]
    public IActionResult Status() =>
        Show(HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode
             ?? Convert.ToInt32(RouteData.Values["code"], CultureInfo.InvariantCulture));

    private ViewResult Show(int code)
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
