using System.ComponentModel.DataAnnotations;
using System.Globalization;

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

    /// <summary>The longest article body the editor accepts, in characters (a long read is about 60,000).</summary>
    [Range(1_000, 10_000_000)]
    public int MaxBodyLength { get; set; } = 200_000;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private TimeZoneInfo? _zone;

    /// <summary>Looked up once, not on every date a page shows (it is kept while the setting stays the same).</summary>
    public TimeZoneInfo Zone => _zone is { } zone && zone.Id == TimeZone ? zone : _zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A date as readers see it, in the newsroom's zone and in English: "October 14, 2023".</summary>
    public string Show(DateTimeOffset instant, string format = "MMMM d, yyyy") => ToLocal(instant).ToString(format, English);

    /// <summary>The same instant for machines (datetime attributes, OpenGraph): ISO 8601 with the newsroom's offset.</summary>
    public string ForMachines(DateTimeOffset instant) =>
        ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

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
