namespace NewsCms.Core.Articles;

/// <summary>The article workflow of DESIGN.md. Stored by name so the database reads as the contract does.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Unpublished,
    Archived,

    /// <summary>Removed for a legal or editorial reason: 410 Gone with a public reason; never re-published by accident.</summary>
    TakenDown,
}
