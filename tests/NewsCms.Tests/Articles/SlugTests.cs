using NewsCms.Core.Articles;

namespace NewsCms.Tests.Articles;

public class SlugTests
{
    [Theory]
    [InlineData("Budget vote delayed", "budget-vote-delayed")]
    [InlineData("Kim's visit to São Paulo", "kims-visit-to-sao-paulo")]
    [InlineData("  Crisis: what now?  ", "crisis-what-now")]
    [InlineData("2026 — the year in review", "2026-the-year-in-review")]
    [InlineData("Zürich’s café owners", "zurichs-cafe-owners")]
    [InlineData("!!!", "")]
    public void A_slug_is_made_from_a_headline(string headline, string slug)
    {
        Assert.Equal(slug, Slug.FromHeadline(headline));
    }

    [Fact]
    public void A_long_slug_is_cut_at_a_word()
    {
        var slug = Slug.FromHeadline("alpha beta gamma delta", maxLength: 13);

        Assert.Equal("alpha-beta", slug);
    }

    [Fact]
    public void A_slug_made_from_a_very_long_headline_fits_the_limit_and_is_valid()
    {
        var slug = Slug.FromHeadline(string.Join(' ', Enumerable.Repeat("headline", 40)));

        Assert.True(slug.Length <= Article.SlugMaxLength);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("budget-vote-delayed", true)]
    [InlineData("2026", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("Budget", false)]
    [InlineData("budget vote", false)]
    [InlineData("budget--vote", false)]
    [InlineData("-budget", false)]
    [InlineData("budget-", false)]
    [InlineData("café", false)]
    public void Only_lower_case_words_joined_by_single_hyphens_are_valid(string slug, bool valid)
    {
        Assert.Equal(valid, Slug.IsValid(slug));
    }

    [Fact]
    public void A_slug_over_the_limit_is_not_valid()
    {
        Assert.False(Slug.IsValid(new string('a', Article.SlugMaxLength + 1)));
        Assert.True(Slug.IsValid(new string('a', Article.SlugMaxLength)));
    }
}
