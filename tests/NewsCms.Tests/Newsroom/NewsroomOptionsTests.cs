using NewsCms.Core.Newsroom;

namespace NewsCms.Tests.Newsroom;

public class NewsroomOptionsTests
{
    // America/New_York in 2026: clocks go forward at 02:00 on March 8 and back at 02:00 on November 1.
    private readonly NewsroomOptions _newsroom = new() { TimeZone = "America/New_York" };

    [Theory]
    [InlineData("2026-07-01T15:00", "2026-07-01T19:00Z")]
    [InlineData("2026-12-01T15:00", "2026-12-01T20:00Z")]
    [InlineData("2026-03-08T01:59", "2026-03-08T06:59Z")]
    [InlineData("2026-03-08T03:00", "2026-03-08T07:00Z")]
    [InlineData("2026-11-01T00:59", "2026-11-01T04:59Z")]
    [InlineData("2026-11-01T02:00", "2026-11-01T07:00Z")]
    [InlineData("2026-11-27T23:30", "2026-11-28T04:30Z")]
    public void A_newsroom_wall_clock_time_becomes_the_right_utc_instant(string local, string utc)
    {
        var instant = _newsroom.FromLocal(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void Every_time_of_the_days_around_both_changes_survives_a_round_trip()
    {
        foreach (var day in new[] { new DateTime(2026, 3, 7), new DateTime(2026, 3, 8), new DateTime(2026, 10, 31), new DateTime(2026, 11, 1) })
        {
            for (var local = day; local < day.AddDays(1); local = local.AddMinutes(15))
            {
                if (_newsroom.Zone.IsInvalidTime(local))
                    continue;
                Assert.Equal(local, _newsroom.ToLocal(_newsroom.FromLocal(local)).DateTime);
            }
        }
    }

    [Fact]
    public void A_time_the_clocks_skip_is_read_as_after_the_jump()
    {
        var instant = _newsroom.FromLocal(new DateTime(2026, 3, 8, 2, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(new DateTime(2026, 3, 8, 3, 30, 0), _newsroom.ToLocal(instant).DateTime);
    }

    [Fact]
    public void A_time_that_happens_twice_is_the_first_of_the_two()
    {
        var instant = _newsroom.FromLocal(new DateTime(2026, 11, 1, 1, 30, 0));

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public void The_time_is_read_as_the_newsrooms_wall_clock_whatever_its_kind(DateTimeKind kind)
    {
        var instant = _newsroom.FromLocal(new DateTime(2026, 11, 27, 15, 0, 0, kind));

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_late_evening_time_stays_on_its_newsroom_day()
    {
        var instant = _newsroom.FromLocal(new DateTime(2026, 11, 27, 23, 30, 0));

        Assert.Equal(new DateOnly(2026, 11, 27), _newsroom.DayOf(instant));
    }
}
