using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Articles;
using NewsCms.Core.Data;

namespace NewsCms.Core.Tags;

/// <summary>Turns tag names typed in the editor into tags, creating the ones the newsroom has not used before.</summary>
public sealed class TagResolver(NewsDbContext db)
{
    public async Task<List<Tag>> ResolveAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var wanted = names.Select(name => (Name: name, Slug: Slug.FromHeadline(name))).ToList();
        var slugs = wanted.Select(w => w.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, cancellationToken);
        return wanted.Select(w => existing.TryGetValue(w.Slug, out var tag) ? tag : Create(w.Name, w.Slug)).ToList();
    }

    private Tag Create(string name, string slug)
    {
        var tag = new Tag(name, slug);
        db.Tags.Add(tag);
        return tag;
    }
}
