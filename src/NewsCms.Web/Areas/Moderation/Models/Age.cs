namespace NewsCms.Web.Areas.Moderation.Models;

/// <summary>"just now", "5 minutes ago", "3 hours ago", "2 days ago": how long a comment has waited.</summary>
public static class Age
{
    public static string Describe(DateTimeOffset then, DateTimeOffset now)
    {
        var age = now - then;
        return age switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Plural((int)age.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Plural((int)age.TotalHours, "hour"),
            _ => Plural((int)age.TotalDays, "day"),
        };
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit} ago" : $"{n} {unit}s ago";
}
