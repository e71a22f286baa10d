using NewsCms.Core.Articles;
using NewsCms.Core.Scheduling;

namespace NewsCms.Tests.Scheduling;

public sealed class ScheduleRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    [Fact]
    public void Publisher_waits_the_poll_interval_when_nothing_is_scheduled() =>
        Assert.Equal(Poll, ScheduleRules.WaitBeforeNextRun(null, Now, Poll));

    [Fact]
    public void Publisher_wakes_at_the_next_instant_when_it_comes_before_the_poll_interval() =>
        Assert.Equal(TimeSpan.FromSeconds(4), ScheduleRules.WaitBeforeNextRun(Now.AddSeconds(4), Now, Poll));

    [Fact]
    public void Publisher_sleeps_no_longer_than_the_poll_interval_for_a_distant_instant() =>
        Assert.Equal(Poll, ScheduleRules.WaitBeforeNextRun(Now.AddHours(5), Now, Poll));

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(0.2)]
    public void Publisher_waits_a_moment_rather_than_spinning_when_something_is_already_due(double secondsFromNow) =>
        Assert.Equal(ScheduleRules.MinimumWait, ScheduleRules.WaitBeforeNextRun(Now.AddSeconds(secondsFromNow), Now, Poll));

    [Theory]
    [InlineData("election-results", 2, "election-results-2")]
    [InlineData("election-results", 3, "election-results-3")]
    [InlineData("election-results", 10, "election-results-10")]
    public void Taken_slug_gets_a_numbered_suffix(string slug, int number, string expected) =>
        Assert.Equal(expected, ScheduleRules.SlugWithSuffix(slug, number));

    [Fact]
    public void Suffixed_slug_stays_within_the_maximum_length_and_valid()
    {
        // Cutting the base for "-2" lands just after a hyphen; that hyphen must go, or the slug would have "--".
        var slug = new string('a', 117) + "-bb";

        var suffixed = ScheduleRules.SlugWithSuffix(slug, 2);

        Assert.Equal(new string('a', 117) + "-2", suffixed);
        Assert.True(Slug.IsValid(suffixed));
    }

    [Fact]
    public void Suffix_numbers_start_at_two() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleRules.SlugWithSuffix("story", 1));

    [Fact]
    public void Overdue_names_how_many_and_since_when()
    {
        Assert.Equal(
            "1 scheduled change is more than a minute overdue, the oldest since 2026-11-27T11:55:00Z.",
            new Overdue(1, Now.AddMinutes(-5)).Describe());
        Assert.Equal(
            "3 scheduled changes are more than a minute overdue, the oldest since 2026-11-27T07:00:00Z.",
            new Overdue(3, new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.FromHours(-5))).Describe());
        Assert.Equal("Nothing scheduled is overdue.", Overdue.None.Describe());
    }
}
