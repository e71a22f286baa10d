using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using NewsCms.Core.Newsroom;

namespace NewsCms.Web.TagHelpers;

/// <summary>
/// <c>&lt;time asp-value="…"&gt;</c>: the one place instants become readable dates. Shown in the newsroom's
/// time zone as "October 14, 2023"; the machine-readable datetime keeps the offset.
/// </summary>
[HtmlTargetElement("time", Attributes = "asp-value")]
public sealed class TimeTagHelper(NewsroomOptions newsroom) : TagHelper
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [HtmlAttributeName("asp-value")]
    public DateTimeOffset Value { get; set; }

    [HtmlAttributeName("asp-format")]
    public string Format { get; set; } = "MMMM d, yyyy";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var local = newsroom.ToLocal(Value);
        output.Attributes.SetAttribute("datetime", local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        output.Content.SetContent(local.ToString(Format, English));
    }
}
