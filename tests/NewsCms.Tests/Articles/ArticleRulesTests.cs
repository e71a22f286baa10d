using NewsCms.Core.Articles;

namespace NewsCms.Tests.Articles;

public class ArticleRulesTests
{
    [Fact]
    public void A_draft_may_be_empty()
    {
        Assert.Empty(ArticleRules.Check(new ArticleInput(), strict: false));
    }

    [Fact]
    public void Submitting_needs_a_headline_and_a_body()
    {
        var errors = ArticleRules.Check(new ArticleInput { Headline = "  ", Body = "" }, strict: true);

        Assert.Contains(new FieldError("Headline", "Write a headline."), errors);
        Assert.Contains(new FieldError("Body", "Write the body of the story."), errors);
    }

    [Fact]
    public void A_complete_story_passes_the_strict_check()
    {
        Assert.Empty(ArticleRules.Check(new ArticleInput { Headline = "Budget vote delayed", Body = "The vote was put off." }, strict: true));
    }

    [Fact]
    public void A_headline_over_200_characters_is_refused_even_in_a_draft()
    {
        var errors = ArticleRules.Check(new ArticleInput { Headline = new string('x', 201) }, strict: false);

        var error = Assert.Single(errors);
        Assert.Equal("Headline", error.Field);
        Assert.Equal("The headline is 201 characters; the limit is 200.", error.Message);
    }

    [Fact]
    public void A_headline_of_exactly_200_characters_is_fine()
    {
        Assert.Empty(ArticleRules.Check(new ArticleInput { Headline = new string('x', 200) }, strict: false));
    }

    [Theory]
    [InlineData("Budget Vote")]
    [InlineData("budget--vote")]
    [InlineData("-budget")]
    [InlineData("budget_vote")]
    public void A_malformed_slug_is_refused_beside_the_slug(string slug)
    {
        var error = Assert.Single(ArticleRules.Check(new ArticleInput { Slug = slug }, strict: false));

        Assert.Equal("Slug", error.Field);
    }

    [Fact]
    public void A_headline_without_letters_needs_a_typed_slug_to_go_out()
    {
        var input = new ArticleInput { Headline = "!!!", Body = "Text." };

        Assert.Equal("Slug", Assert.Single(ArticleRules.Check(input, strict: true)).Field);
        Assert.Empty(ArticleRules.Check(input with { Slug = "exclamations" }, strict: true));
    }

    [Fact]
    public void Over_long_and_letterless_tags_are_refused()
    {
        var errors = ArticleRules.Check(new ArticleInput { Tags = $"Politics, {new string('t', 61)}, ???" }, strict: false);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("Tags", e.Field));
    }

    [Fact]
    public void Other_limits_are_named_by_their_field()
    {
        var input = new ArticleInput
        {
            Standfirst = new string('s', 1001),
            DatelinePlace = new string('p', 101),
            DatelineSource = new string('a', 101),
            Byline = new string('b', 301),
        };

        var fields = ArticleRules.Check(input, strict: false).Select(e => e.Field);

        Assert.Equal(["Standfirst", "DatelinePlace", "DatelineSource", "Byline"], fields);
    }

    [Theory]
    [InlineData(ArticleCommand.SaveDraft, ArticleStatus.Draft, false)]
    [InlineData(ArticleCommand.Submit, ArticleStatus.Draft, true)]
    [InlineData(ArticleCommand.Publish, ArticleStatus.Draft, true)]
    [InlineData(ArticleCommand.Schedule, ArticleStatus.InReview, true)]
    [InlineData(ArticleCommand.SaveDraft, ArticleStatus.InReview, true)]
    [InlineData(ArticleCommand.SaveDraft, ArticleStatus.Published, true)]
    [InlineData(ArticleCommand.Unpublish, ArticleStatus.Published, false)]
    [InlineData(ArticleCommand.Archive, ArticleStatus.Draft, false)]
    public void Only_drafts_saved_as_drafts_are_checked_loosely(ArticleCommand command, ArticleStatus status, bool strict)
    {
        Assert.Equal(strict, ArticleRules.IsStrict(command, status));
    }

    [Fact]
    public void The_slug_is_the_typed_one_else_made_from_the_headline()
    {
        Assert.Equal("budget-vote-delayed", ArticleRules.SlugFor(new ArticleInput { Headline = "Budget vote delayed" }));
        Assert.Equal("vote", ArticleRules.SlugFor(new ArticleInput { Headline = "Budget vote delayed", Slug = " vote " }));
    }

    [Fact]
    public void Tag_names_are_split_at_commas_trimmed_and_not_repeated()
    {
        var input = new ArticleInput { Tags = "Politics,  Europe , politics,, " };

        Assert.Equal(["Politics", "Europe"], input.TagNames);
    }
}
