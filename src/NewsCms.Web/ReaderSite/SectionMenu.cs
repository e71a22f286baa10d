using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NewsCms.Core.Data;

namespace NewsCms.Web.ReaderSite;

public sealed record SectionLink(string Name, string Slug)
{
    public string Url => $"/section/{Slug}";
}

/// <summary>
/// The sections in the site header, on every page. Read once and kept in memory until the newsroom changes
/// a section: that evicts every public page, and with them this menu (<see cref="Caching.OutputCachePublicPages"/>,
/// in this process and, through NOTIFY, in the others), so pages cost no query for it.
/// If the database cannot be reached the header simply shows no sections, and nothing is cached, so the
/// menu returns with the database; error pages keep working meanwhile.
/// </summary>
public sealed class SectionMenu(IMemoryCache cache, IServiceScopeFactory scopes, ILogger<SectionMenu> logger)
{
    private const string CacheKey = "reader-site:sections";

    public async Task<IReadOnlyList<SectionLink>> GetAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(CacheKey, out IReadOnlyList<SectionLink>? cached) && cached is not null)
            return cached;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
            IReadOnlyList<SectionLink> sections = await db.Sections.AsNoTracking()
                .OrderBy(s => s.Name)
                .Select(s => new SectionLink(s.Name, s.Slug))
                .ToListAsync(cancellationToken);
            return cache.Set(CacheKey, sections);
        }
        catch (Exception exception) when (NewsDatabase.IsUnavailable(exception))
        {
            logger.LogWarning(exception, "Section menu left empty: the database is unavailable");
            return [];
        }
    }

    public void Evict() => cache.Remove(CacheKey);
}
