using NewsCms.Core.EditorialRecord;
using NewsCms.Core.Staff;
using NewsCms.Core.Tags;

namespace NewsCms.Core.Articles;

/// <summary>
/// The article list's bulk edits (issue 14: move to a section, add a tag). Each is an edit under the editor's
/// own rule, saved like one: a revision, an activity-log line naming it, and the pages it changes evicted.
/// </summary>
public sealed partial class Article
{
    public void MoveToSection(Actor actor, int sectionId, string sectionName, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanEdit(this, actor), "edit", this);
        Touch(actor);
        PendingAction = ActivityAction.MovedToSection;
        PendingDetail = $"to {sectionName}";
        SectionId = sectionId;
        UpdatedAt = now;
    }

    public void AddTag(Actor actor, Tag tag, DateTimeOffset now)
    {
        ArticleWorkflow.Ensure(ArticleWorkflow.CanEdit(this, actor), "edit", this);
        Touch(actor);
        PendingAction = ActivityAction.TagAdded;
        PendingDetail = tag.Name;
        Tags.Add(tag);
        UpdatedAt = now;
    }
}
