namespace NewsCms.Core.Articles;

/// <summary>
/// A story that came from a news agency: the agency's id for it (NewsML-G2 guid, NITF doc-id), the version
/// last applied, and the embargo before which it must not go out (see <see cref="Publish"/> and
/// <see cref="Schedule"/>, which refuse to run earlier).
/// </summary>
public sealed partial class Article
{
    public const int AgencyIdMaxLength = 300;

    public string? AgencyId { get; private set; }
    public int? AgencyVersion { get; private set; }
    public DateTimeOffset? EmbargoedUntil { get; private set; }

    public void SetAgencyItem(string? agencyId, int? version, DateTimeOffset? embargoedUntil)
    {
        AgencyId = agencyId;
        AgencyVersion = version;
        EmbargoedUntil = embargoedUntil;
    }

    /// <summary>Whether the embargo still holds at <paramref name="at"/>.</summary>
    public bool IsEmbargoedAt(DateTimeOffset at) => EmbargoedUntil is { } until && at < until;

    private void EnsureNotEmbargoed(DateTimeOffset at)
    {
        if (IsEmbargoedAt(at))
            throw new WorkflowException($"The agency's embargo holds this story until {EmbargoedUntil:u}.");
    }
}
