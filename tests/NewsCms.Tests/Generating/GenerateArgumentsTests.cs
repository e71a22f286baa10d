using NewsCms.Core.Articles;
using NewsCms.Generator;

namespace NewsCms.Tests.Generating;

/// <summary>The generator's pure pieces; no database.</summary>
public sealed class GenerateArgumentsTests
{
    [Fact]
    public void No_arguments_mean_the_defaults_and_a_random_seed()
    {
        var parsed = GenerateArguments.Parse([], out var error);

        Assert.Null(error);
        Assert.Equal(new GenerateArguments(1000, 5000, null), parsed);
    }

    [Fact]
    public void Options_come_in_any_order()
    {
        var parsed = GenerateArguments.Parse(["--seed", "3", "--comments", "0", "--articles", "100000"], out _);

        Assert.Equal(new GenerateArguments(100000, 0, 3), parsed);
    }

    [Fact]
    public void The_library_holds_the_pool_of_twelve_pictures_unless_told_how_many()
    {
        Assert.Equal(12, GenerateArguments.Parse([], out _)!.Pictures);
        Assert.Equal(10000, GenerateArguments.Parse(["--pictures", "10000"], out _)!.Pictures);
    }

    [Theory]
    [InlineData("--articles", "", "--articles needs a value")]
    [InlineData("--articles", "x", "whole number")]
    [InlineData("--comments", "-1", "whole number")]
    [InlineData("--comments", "1e3", "whole number")]
    [InlineData("--articles", "10000001", "whole number")]
    [InlineData("--verbose", "1", "unknown option \"--verbose\"")]
    public void Malformed_options_are_refused_with_a_reason(string option, string value, string reason)
    {
        string[] args = value.Length == 0 ? [option] : [option, value];

        var parsed = GenerateArguments.Parse(args, out var error);

        Assert.Null(parsed);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_repeated_on_a_day_gets_a_counter_suffix_but_not_on_another_day()
    {
        var slugs = new DaySlugs([]);
        var day = new DateOnly(2024, 5, 1);

        var first = slugs.MakeUnique(Row("Council approves budget", day));
        var second = slugs.MakeUnique(Row("Council approves budget", day));
        var third = slugs.MakeUnique(Row("Council approves budget", day));
        var otherDay = slugs.MakeUnique(Row("Council approves budget", day.AddDays(1)));

        Assert.Equal(["council-approves-budget", "council-approves-budget-2", "council-approves-budget-3", "council-approves-budget"],
            [first.Slug, second.Slug, third.Slug, otherDay.Slug]);
    }

    [Fact]
    public void Progress_prints_plain_lines_when_not_on_a_terminal()
    {
        using var output = new StringWriter();
        var progress = new ConsoleProgress(output, interactive: false);

        progress.Begin("articles", 1000);
        for (var done = 100; done <= 1000; done += 100)
            progress.Report(done);
        progress.End();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.DoesNotContain('\r', output.ToString());
        Assert.Contains("100 %", lines[^1], StringComparison.Ordinal);
        Assert.Contains("1,000/1,000", lines[^1], StringComparison.Ordinal);
    }

    private static ArticleRow Row(string headline, DateOnly day) =>
        new(headline, Slug.FromHeadline(headline), null, null, "", "", "", 1, ArticleStatus.Published,
            new Timeline(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, day), true, ["a"], []);
}
