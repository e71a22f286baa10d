namespace NewsCms.Core.EditorialRecord;

public sealed record RevisionField(string Label, string Value);

/// <summary>Every field of a revision as text, in the editor's order: what the history compares and the compare page diffs.</summary>
public static class RevisionFields
{
    public static IReadOnlyList<RevisionField> Of(ArticleRevision revision, IReadOnlyDictionary<string, string> staffNames) =>
    [
        new("Headline", revision.Headline),
        new("Slug", revision.Slug),
        new("Standfirst", revision.Standfirst ?? ""),
        new("Dateline", string.Join(" ", new[] { revision.DatelinePlace, revision.DatelineSource is { } s ? $"({s})" : null }.Where(p => p is not null))),
        new("Body", revision.BodyMarkdown),
        new("Section", revision.SectionName ?? ""),
        new("Tags", string.Join(", ", revision.Tags)),
        new("Staff authors", string.Join(", ", revision.AuthorIds.Select(id => staffNames.GetValueOrDefault(id, id)))),
        new("Byline", revision.Byline ?? ""),
        new("Status", revision.Status.ToString()),
    ];

    /// <summary>The labels of the fields that differ between two revisions (all of them against nothing).</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyList<RevisionField>? before, IReadOnlyList<RevisionField> after) =>
        after.Where((field, i) => before is null ? field.Value.Length > 0 : before[i].Value != field.Value).Select(f => f.Label).ToList();
}
