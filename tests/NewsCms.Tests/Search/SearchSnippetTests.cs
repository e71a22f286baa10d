using NewsCms.Core.Search;

namespace NewsCms.Tests.Search;

public sealed class SearchSnippetTests
{
    [Fact]
    public void Text_is_encoded_and_only_the_markers_become_mark_tags()
    {
        var snippet = SearchSnippet.CreateMarkers();
        var raw = $"<script>alert(1)</script> the {snippet.StartMarker}pelican{snippet.StopMarker} & co";

        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; the <mark>pelican</mark> &amp; co", snippet.ToHtml(raw));
    }

    [Fact]
    public void Markers_differ_every_time_so_text_cannot_forge_them()
    {
        var first = SearchSnippet.CreateMarkers();
        var second = SearchSnippet.CreateMarkers();

        Assert.NotEqual(first.StartMarker, second.StartMarker);
        Assert.Equal("HLSTARTabc", first.ToHtml("HLSTARTabc"));
    }

    [Fact]
    public void Empty_snippet_is_empty() => Assert.Equal("", SearchSnippet.CreateMarkers().ToHtml(null));
}

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("  pelican  ", "pelican")]
    [InlineData("a\u0000b\tc", "abc")]
    public void Query_is_trimmed_and_cleaned(string? typed, string expected) =>
        Assert.Equal(expected, SearchQuery.Normalize(typed, 200));

    [Fact]
    public void Long_query_is_cut_to_the_limit() =>
        Assert.Equal(200, SearchQuery.Normalize(new string('a', 1000), 200).Length);

    [Fact]
    public void Cut_never_leaves_half_a_surrogate_pair() =>
        Assert.Equal("ab", SearchQuery.Normalize("ab\U0001F600", 3));

    [Theory]
    [InlineData("harbour budget", true)]
    [InlineData("\"red bridge\"", false)]
    [InlineData("tunnel OR bridge", false)]
    [InlineData("bridge -closed", false)]
    [InlineData("well-known", true)]
    public void Only_plain_words_get_near_misses(string query, bool plain) =>
        Assert.Equal(plain, SearchQuery.IsPlain(query));
}
