using NewsCms.Core.Media;

namespace NewsCms.Core.Articles;

public sealed partial class Article
{
    /// <summary>The picture the story leads with (DESIGN.md "Pictures"); optional.</summary>
    public int? LeadImageId { get; private set; }

    public MediaItem? LeadImage { get; private set; }

    public void SetLeadImage(int? mediaId) => LeadImageId = mediaId;
}
