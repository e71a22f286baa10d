using NewsCms.Core.Articles;
using NewsCms.Core.Staff;
using NewsCms.Tests.Infrastructure;
using static NewsCms.Core.Articles.ArticleStatus;

namespace NewsCms.Tests.Articles;

public class ArticleWorkflowTests
{
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["reporter, own story"] = ArticleStates.Owner,
        ["reporter, someone else's story"] = ArticleStates.OtherReporter,
        ["editor"] = ArticleStates.Editor,
        ["admin"] = ArticleStates.Admin,
        ["moderator"] = ArticleStates.Moderator,
        ["signed in, no role"] = ArticleStates.NoRole,
        ["reporter and moderator, own story"] = ArticleStates.Person(ArticleStates.OwnerId, Roles.Reporter, Roles.Moderator),
    };

    // In the order the table lists them.
    private static readonly (string Name, Func<Article, Actor, bool> IsAllowed)[] Actions =
    [
        ("Edit", ArticleWorkflow.CanEdit),
        ("Submit", ArticleWorkflow.CanSubmit),
        ("Publish", ArticleWorkflow.CanPublish),
        ("Schedule", ArticleWorkflow.CanSchedule),
        ("Unpublish", ArticleWorkflow.CanUnpublish),
        ("Archive", ArticleWorkflow.CanArchive),
        ("SetExpiry", ArticleWorkflow.CanSetExpiry),
        ("SendBack", ArticleWorkflow.CanSendBack),
        ("Withdraw", ArticleWorkflow.CanWithdraw),
        ("Unschedule", ArticleWorkflow.CanUnschedule),
        ("RestoreFromArchive", ArticleWorkflow.CanRestoreFromArchive),
    ];

    // Every person × every state: what is allowed; everything not listed is refused.
    [Theory]
    [InlineData("reporter, own story", Draft, "Edit Submit")]
    [InlineData("reporter, own story", InReview, "Withdraw")]
    [InlineData("reporter, own story", Scheduled, "")]
    [InlineData("reporter, own story", Published, "")]
    [InlineData("reporter, own story", Unpublished, "")]
    [InlineData("reporter, own story", Archived, "")]
    [InlineData("reporter, someone else's story", Draft, "")]
    [InlineData("reporter, someone else's story", InReview, "")]
    [InlineData("reporter, someone else's story", Scheduled, "")]
    [InlineData("reporter, someone else's story", Published, "")]
    [InlineData("reporter, someone else's story", Unpublished, "")]
    [InlineData("reporter, someone else's story", Archived, "")]
    [InlineData("editor", Draft, "Edit Submit Publish Schedule Archive SetExpiry")]
    [InlineData("editor", InReview, "Edit Publish Schedule Archive SetExpiry SendBack")]
    [InlineData("editor", Scheduled, "Edit Publish Schedule Archive SetExpiry Unschedule")]
    [InlineData("editor", Published, "Edit Unpublish Archive SetExpiry")]
    [InlineData("editor", Unpublished, "Edit Publish Archive")]
    [InlineData("editor", Archived, "RestoreFromArchive")]
    [InlineData("admin", Draft, "Edit Submit Publish Schedule Archive SetExpiry")]
    [InlineData("admin", InReview, "Edit Publish Schedule Archive SetExpiry SendBack")]
    [InlineData("admin", Scheduled, "Edit Publish Schedule Archive SetExpiry Unschedule")]
    [InlineData("admin", Published, "Edit Unpublish Archive SetExpiry")]
    [InlineData("admin", Unpublished, "Edit Publish Archive")]
    [InlineData("admin", Archived, "RestoreFromArchive")]
    [InlineData("moderator", Draft, "")]
    [InlineData("moderator", InReview, "")]
    [InlineData("moderator", Scheduled, "")]
    [InlineData("moderator", Published, "")]
    [InlineData("moderator", Unpublished, "")]
    [InlineData("moderator", Archived, "")]
    [InlineData("signed in, no role", Draft, "")]
    [InlineData("signed in, no role", InReview, "")]
    [InlineData("signed in, no role", Scheduled, "")]
    [InlineData("signed in, no role", Published, "")]
    [InlineData("signed in, no role", Unpublished, "")]
    [InlineData("signed in, no role", Archived, "")]
    [InlineData("reporter and moderator, own story", Draft, "Edit Submit")]
    [InlineData("reporter and moderator, own story", Published, "")]
    public void Who_may_do_what_in_each_state(string person, ArticleStatus status, string allowed)
    {
        var article = ArticleStates.InState(status);
        var actor = People[person];

        var actual = Actions.Where(action => action.IsAllowed(article, actor)).Select(action => action.Name);

        Assert.Equal(allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries), actual);
    }

    // The editor form's buttons: a command runs only where the transition and (for commands that save text) the edit are allowed.
    [Theory]
    [InlineData("reporter, own story", Draft, "SaveDraft Submit")]
    [InlineData("reporter, own story", InReview, "")]
    [InlineData("reporter, own story", Published, "")]
    [InlineData("reporter, someone else's story", Draft, "")]
    [InlineData("editor", Draft, "SaveDraft Submit Publish Schedule Archive")]
    [InlineData("editor", InReview, "SaveDraft Publish Schedule Archive")]
    [InlineData("editor", Scheduled, "SaveDraft Publish Schedule Archive")]
    [InlineData("editor", Published, "SaveDraft Update Unpublish Archive")]
    [InlineData("editor", Unpublished, "SaveDraft Publish Archive")]
    [InlineData("editor", Archived, "")]
    [InlineData("admin", Published, "SaveDraft Update Unpublish Archive")]
    [InlineData("moderator", Draft, "")]
    [InlineData("signed in, no role", Draft, "")]
    public void The_form_offers_the_commands_the_workflow_allows(string person, ArticleStatus status, string allowed)
    {
        var article = ArticleStates.InState(status);

        var actual = Enum.GetValues<ArticleCommand>().Where(command => ArticleWorkflow.Allows(article, People[person], command)).Select(command => command.ToString());

        Assert.Equal(allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries), actual);
    }
}
