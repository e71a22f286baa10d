using System.ComponentModel.DataAnnotations;

namespace NewsCms.Core.Comments;

/// <summary>Reader comments' settings (section "Comments" of appsettings).</summary>
public sealed class CommentOptions
{
    public const string SectionName = "Comments";

    /// <summary>The salt used in Development and Testing when none is configured; production must set Comments:IpHashSalt.</summary>
    public const string LocalIpHashSalt = "newscms-local-development-ip-salt";

    /// <summary>Secret for the IP hash (HMAC-SHA256). Required outside Development and Testing.</summary>
    [Required]
    [MinLength(16)]
    public string IpHashSalt { get; set; } = "";

    /// <summary>Conversations (a comment and its replies) an article shows before "Show more".</summary>
    [Range(1, 10_000)]
    public int ConversationsShownFirst { get; set; } = 20;

    /// <summary>A comment with more links than this goes straight to Spam.</summary>
    [Range(0, 100)]
    public int MaxLinks { get; set; } = 2;

    /// <summary>After this many approved comments from one email address, the next ones skip the queue; 0 turns trust off.</summary>
    [Range(0, 1000)]
    public int TrustAfterApproved { get; set; } = 3;

    /// <summary>Comments close this many days after first publication; 0 keeps them open until someone closes them.</summary>
    [Range(0, 3650)]
    public int CloseAfterDays { get; set; }

    /// <summary>A form sent sooner than this after it was shown was filled by a machine.</summary>
    [Range(0, 600)]
    public int MinimumFillSeconds { get; set; } = 3;

    /// <summary>Comment POSTs allowed per IP address in each window.</summary>
    [Range(1, 100_000)]
    public int PostsPerWindow { get; set; } = 5;

    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 10;

    /// <summary>Days a deleted comment stays in Trash, restorable, before the purge job removes it for good.</summary>
    [Range(1, 3650)]
    public int TrashRetentionDays { get; set; } = 30;

    /// <summary>How often the purge job looks for comments past their time in Trash.</summary>
    [Range(1, 1440)]
    public int PurgeEveryMinutes { get; set; } = 60;

    /// <summary>Phrases that mark a comment as spam (case-insensitive), e.g. "cheap pills"; each hit adds to the content score.</summary>
    public List<string> SpamPhrases { get; set; } = [];

    /// <summary>The content score (repeated text, phrase hits) at or above which a comment goes to Spam.</summary>
    [Range(1, 1000)]
    public int SpamScoreThreshold { get; set; } = 3;

    public TimeSpan TrashRetention => TimeSpan.FromDays(TrashRetentionDays);

    public TimeSpan MinimumFillTime => TimeSpan.FromSeconds(MinimumFillSeconds);
}
