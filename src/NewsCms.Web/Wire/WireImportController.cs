using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsCms.Core.Staff;

namespace NewsCms.Web.Wire;

/// <summary>
/// /admin/import: agency files uploaded by hand, several at once or zipped, with a result line per file. Editors
/// and admins only: a source set to auto-publish puts stories straight on the site (see docs/wire.md).
/// </summary>
[Area("Admin")]
[Authorize(Policy = nameof(Capability.PublishArticles))]
[Route("admin/import")]
public sealed class WireImportController(WireFiles wireFiles) : Controller
{
    private const string View_ = "~/Wire/Views/WireImport/Index.cshtml";
    private const long UploadRequestLimit = 100L * 1024 * 1024;

    /// <summary>The source named on the desk for a file whose agency says nothing of itself.</summary>
    public const string UploadSource = "Upload";

    [HttpGet("")]
    public IActionResult Index() => View(View_, new WireImportViewModel([], null));

    [HttpPost("")]
    [RequestSizeLimit(UploadRequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
    public async Task<IActionResult> Import(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
            return View(View_, new WireImportViewModel([], "Choose one or more wire files (or a zip of them) to import."));

        // Every file (a zip stands for its files) is taken in one go, in batches; refusals keep their place, and
        // pictures go with the copy that names them.
        var entries = new List<(string Name, byte[] Content, string? Refusal)>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            entries.AddRange(WireFiles.Expand(Path.GetFileName(file.FileName), buffer.ToArray()));
        }

        var reports = await wireFiles.ImportAsync(entries, UploadSource, route: null, outside: null, cancellationToken);
        return View(View_, new WireImportViewModel(reports, null));
    }
}

public sealed record WireImportViewModel(IReadOnlyList<WireFileReport> Reports, string? Error);
