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
}
