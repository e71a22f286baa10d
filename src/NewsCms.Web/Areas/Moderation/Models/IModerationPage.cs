using NewsCms.Core.Comments;

namespace NewsCms.Web.Areas.Moderation.Models;

/// <summary>
/// A page under the moderation menu. The controller loads the menu's counts with the page, so the layout
/// renders them without a query of its own; null for those who do not moderate (the menu then has none).
/// </summary>
public interface IModerationPage
{
    IReadOnlyList<StateCount>? StateCounts { get; }
}
