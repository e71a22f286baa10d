using NewsCms.Core.Articles;
using NewsCms.Core.Staff;

namespace NewsCms.Tests.Infrastructure;

/// <summary>Articles in each state and the people who act on them, for the workflow tests.</summary>
internal static class ArticleStates
{
    public const string OwnerId = "reporter-1";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 11, 27);

    public static readonly Actor Owner = Person(OwnerId, Roles.Reporter);

    public static readonly Actor OtherReporter = Person("reporter-2", Roles.Reporter);

    public static readonly Actor Editor = Person("editor-1", Roles.Editor);

    public static readonly Actor Admin = Person("admin-1", Roles.Admin);

    public static readonly Actor Moderator = Person("moderator-1", Roles.Moderator);

    public static readonly Actor NoRole = Person("nobody-1");

    public static Actor Person(string id, params string[] roles) => new(id, roles.ToHashSet());

    /// <summary>A story by <see cref="OwnerId"/>, brought to the state by an editor, as the newsroom would.</summary>
    public static Article InState(ArticleStatus status)
    {
        var article = new Article("Budget vote delayed", "budget-vote-delayed", OwnerId, Now);
        switch (status)
        {
            case ArticleStatus.InReview:
                article.Submit(Editor, Now);
                break;
            case ArticleStatus.Scheduled:
                article.Schedule(Editor, Now.AddHours(3), Now);
                break;
            case ArticleStatus.Published:
                article.Publish(Editor, Now, Today);
                break;
            case ArticleStatus.Unpublished:
                article.Publish(Editor, Now, Today);
                article.Unpublish(Editor, Now);
                break;
            case ArticleStatus.Archived:
                article.Archive(Editor, Now);
                break;
            case ArticleStatus.TakenDown:
                article.Publish(Editor, Now, Today);
                article.TakeDown(Editor, "Removed for legal reasons.", "Court order.", Now);
                break;
        }

        Assert.Equal(status, article.Status);
        return article;
    }
}
