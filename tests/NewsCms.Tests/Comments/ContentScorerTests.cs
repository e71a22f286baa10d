using NewsCms.Core.Comments;

namespace NewsCms.Tests.Comments;

public sealed class ContentScorerTests
{
    [Fact]
    public void Each_phrase_from_the_settings_adds_to_the_score_whatever_its_case() =>
        Assert.Equal(2 * ContentScorer.PhraseScore, ContentScorer.Score("Buy CHEAP PILLS and a casino bonus", ["cheap pills", "Casino Bonus", "lottery"]));

    [Fact]
    public void Ordinary_text_scores_nothing() =>
        Assert.Equal(0, ContentScorer.Score("The minister said the plan would be ready by spring, and the council agreed.", ["cheap pills"]));

    [Fact]
    public void Text_that_repeats_itself_scores() =>
        Assert.Equal(ContentScorer.SelfRepeatScore, ContentScorer.Score(string.Join(' ', Enumerable.Repeat("BUY NOW", 8)), []));

    [Fact]
    public void A_short_repetition_is_not_counted() =>
        Assert.False(ContentScorer.RepeatsItself("no no no no"));

    [Fact]
    public void A_phrase_alone_reaches_the_default_threshold() =>
        Assert.True(ContentScorer.Score("cheap pills here", ["cheap pills"]) >= new CommentOptions().SpamScoreThreshold);
}
