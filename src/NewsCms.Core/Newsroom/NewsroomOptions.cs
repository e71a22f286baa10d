using System.ComponentModel.DataAnnotations;

namespace NewsCms.Core.Newsroom;

/// <summary>The publication's own settings (section "Newsroom" of appsettings).</summary>
public sealed class NewsroomOptions
{
    public const string SectionName = "Newsroom";

    [Required]
    public string Name { get; set; } = "NewsCms";

    /// <summary>IANA zone in which dates are shown and URL days are fixed.</summary>
    [Required]
    public string TimeZone { get; set; } = "America/New_York";

    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// A wall-clock time in the newsroom (what an editor types into "Publish at") as a UTC instant. Around a
    /// DST change: a time the clocks skip (02:30 on the spring-forward night) is read as that many minutes
    /// after the jump, so 03:30 daylight time; a time that happens twice (01:30 on the fall-back night) is the
    /// first of the two, so a scheduled story is never an hour late.
    /// </summary>
    public DateTimeOffset FromLocal(DateTime local)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var zone = Zone;
        var offset = zone.IsAmbiguousTime(wallClock)
            ? zone.GetAmbiguousTimeOffsets(wallClock).Max()
            : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset).ToUniversalTime();
    }

    /// <summary>Midnight of a newsroom day, as a UTC instant (for wire copy, which carries only a date).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
