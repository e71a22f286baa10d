using Microsoft.AspNetCore.Razor.TagHelpers;
using NewsCms.Core.Newsroom;

namespace NewsCms.Web.TagHelpers;

/// <summary>
/// <c>&lt;time asp-value="…"&gt;</c>: instants in views become readable dates here. Shown in the newsroom's
/// time zone as "October 14, 2023"; the machine-readable datetime keeps the offset.
/// </summary>
[HtmlTargetElement("time", Attributes = "asp-value")]
public sealed class TimeTagHelper(NewsroomOptions newsroom) : TagHelper
{
    [HtmlAttributeName("asp-value")]
    public DateTimeOffset Value { get; set; }

    [HtmlAttributeName("asp-format")]
    public string Format { get; set; } = "MMMM d, yyyy";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("datetime", newsroom.ForMachines(Value));
        output.Content.SetContent(newsroom.Show(Value, Format));
    }
}
