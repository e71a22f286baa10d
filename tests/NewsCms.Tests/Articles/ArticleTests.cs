using NewsCms.Core.Articles;
using static NewsCms.Tests.Infrastructure.ArticleStates;

namespace NewsCms.Tests.Articles;

/// <summary>The entity refuses illegal moves itself, whoever calls it.</summary>
public class ArticleTests
{
    [Fact]
    public void Reporter_cannot_publish_even_their_own_draft()
    {
        var article = InState(ArticleStatus.Draft);

        Assert.Throws<WorkflowException>(() => article.Publish(Owner, Now, Today));
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Reporter_cannot_schedule_unpublish_or_archive()
    {
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Draft).Schedule(Owner, Now.AddHours(1), Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Published).Unpublish(Owner, Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Draft).Archive(Owner, Now));
    }

    [Fact]
    public void Reporter_cannot_edit_someone_elses_draft()
    {
        var article = InState(ArticleStatus.Draft);

        Assert.Throws<WorkflowException>(() => article.Edit(OtherReporter, Content("Changed", article.Slug), Now));
        Assert.Equal("Budget vote delayed", article.Headline);
    }

    [Fact]
    public void Reporter_cannot_edit_their_draft_once_submitted()
    {
        var article = InState(ArticleStatus.Draft);
        article.Submit(Owner, Now);

        Assert.Throws<WorkflowException>(() => article.Edit(Owner, Content("Changed", article.Slug), Now));
    }

    [Fact]
    public void Moderator_cannot_edit_or_submit()
    {
        var article = InState(ArticleStatus.Draft);

        Assert.Throws<WorkflowException>(() => article.Edit(Moderator, Content("Changed", article.Slug), Now));
        Assert.Throws<WorkflowException>(() => article.Submit(Moderator, Now));
    }

    [Fact]
    public void A_published_article_cannot_be_published_again_or_submitted()
    {
        var article = InState(ArticleStatus.Published);

        Assert.Throws<WorkflowException>(() => article.Publish(Editor, Now, Today));
        Assert.Throws<WorkflowException>(() => article.Submit(Editor, Now));
    }

    [Fact]
    public void Only_a_published_article_can_be_unpublished()
    {
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Draft).Unpublish(Editor, Now));
        Assert.Throws<WorkflowException>(() => InState(ArticleStatus.Scheduled).Unpublish(Editor, Now));
    }

    [Fact]
    public void An_archived_article_cannot_be_edited_published_or_archived_again()
    {
        var article = InState(ArticleStatus.Archived);

        Assert.Throws<WorkflowException>(() => article.Edit(Editor, Content("Changed", article.Slug), Now));
        Assert.Throws<WorkflowException>(() => article.Publish(Editor, Now, Today));
        Assert.Throws<WorkflowException>(() => article.Archive(Editor, Now));
    }

    [Fact]
    public void Scheduling_in_the_past_is_refused()
    {
        var article = InState(ArticleStatus.Draft);

        Assert.Throws<WorkflowException>(() => article.Schedule(Editor, Now.AddMinutes(-1), Now));
        Assert.Throws<WorkflowException>(() => article.Schedule(Editor, Now, Now));
        Assert.Equal(ArticleStatus.Draft, article.Status);
    }

    [Fact]
    public void The_slug_cannot_change_after_first_publication()
    {
        var article = InState(ArticleStatus.Published);

        Assert.Throws<WorkflowException>(() => article.Edit(Editor, Content("Budget vote delayed", "another-slug"), Now));
        Assert.Equal("budget-vote-delayed", article.Slug);
    }

    [Fact]
    public void The_slug_can_change_before_first_publication()
    {
        var article = InState(ArticleStatus.InReview);

        article.Edit(Editor, Content("Budget vote delayed", "vote-delayed"), Now);

        Assert.Equal("vote-delayed", article.Slug);
    }

    [Fact]
    public void Editing_a_published_article_keeps_it_published_and_moves_updated()
    {
        var article = InState(ArticleStatus.Published);

        article.Edit(Editor, Content("Budget vote delayed again", article.Slug), Now.AddHours(2));

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Now.AddHours(2), article.UpdatedAt);
        Assert.Equal(Now, article.PublishedAt);
    }

    [Fact]
    public void Publishing_again_after_unpublishing_keeps_the_first_publication_and_its_day()
    {
        var article = InState(ArticleStatus.Unpublished);

        article.Publish(Editor, Now.AddDays(3), Today.AddDays(3));

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Now, article.PublishedAt);
        Assert.Equal(Today, article.PublishedOn);
    }

    [Fact]
    public void Only_editors_set_an_unpublish_time_and_only_in_the_future()
    {
        var article = InState(ArticleStatus.Published);

        Assert.Throws<WorkflowException>(() => article.SetExpiry(Owner, Now.AddDays(1), Now));
        Assert.Throws<WorkflowException>(() => article.SetExpiry(Editor, Now.AddDays(-1), Now));
        article.SetExpiry(Editor, Now.AddDays(1), Now);
        Assert.Equal(Now.AddDays(1), article.ExpiresAt);
    }

    [Fact]
    public void A_headline_over_the_limit_is_refused()
    {
        var article = InState(ArticleStatus.Draft);

        Assert.Throws<ArgumentException>(() => article.SetHeadline(new string('x', Article.HeadlineMaxLength + 1)));
    }

    private static ArticleContent Content(string headline, string slug) =>
        new(headline, slug, null, null, "Body.", "<p>Body.</p>", "Body.", null, null);
}
