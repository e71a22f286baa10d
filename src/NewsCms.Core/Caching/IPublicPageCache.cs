namespace NewsCms.Core.Caching;

/// <summary>The cache of public pages, as the domain sees it: something that forgets pages by tag.</summary>
public interface IPublicPageCache
{
    /// <summary>Forgets every page carrying one of these tags; returns once this process will no longer serve them.</summary>
    Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}
