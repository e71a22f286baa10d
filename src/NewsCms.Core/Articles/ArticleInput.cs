namespace NewsCms.Core.Articles;

/// <summary>What the newsroom's editor form sends: raw, unvalidated text.</summary>
public sealed record ArticleInput
{
    public string? Headline { get; init; }
    public string? Slug { get; init; }
    public string? Standfirst { get; init; }
    public string? DatelinePlace { get; init; }
    public string? DatelineSource { get; init; }
    public string? Body { get; init; }
    public int? SectionId { get; init; }

    /// <summary>A picture from the library; it needs alt text before the story goes out.</summary>
    public int? LeadImageId { get; init; }
    public string? Byline { get; init; }
    public IReadOnlyList<string> AuthorIds { get; init; } = [];

    /// <summary>Optional words for search results and shared links; empty means the headline and the standfirst.</summary>
    public string? SeoTitle { get; init; }
    public string? SeoDescription { get; init; }

    /// <summary>Comma-separated tag names; unknown ones are created.</summary>
    public string? Tags { get; init; }

    public DateTimeOffset? PublishAt { get; init; }
    public DateTimeOffset? UnpublishAt { get; init; }

    /// <summary>Readers should know (not a typo fix): they see "Updated …" and dateModified moves.</summary>
    public bool SignificantUpdate { get; init; }

    /// <summary>The version the form was loaded from; a save from an older one is a conflict.</summary>
    public uint? Version { get; init; }

    public IReadOnlyList<string> TagNames =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(name => Articles.Slug.FromHeadline(name), StringComparer.Ordinal)
            .ToList();
}

public enum ArticleCommand
{
    SaveDraft,

    /// <summary>The save button on a published story: the same save, named for what it does (the changes go live at once).</summary>
    Update,
    Submit,
    Publish,
    Schedule,
    Unpublish,
    Archive,
}

/// <summary>A reason to refuse input, named by the form field it belongs beside.</summary>
public sealed record FieldError(string Field, string Message);
