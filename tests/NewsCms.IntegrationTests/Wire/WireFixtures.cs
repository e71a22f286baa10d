namespace NewsCms.IntegrationTests.Wire;

/// <summary>The agency copy in samples/wire (modelled on IPTC's published examples), copied beside the tests.</summary>
public static class WireFixtures
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "wire", file);

    /// <summary>A one-item NewsML-G2 file, for tests that need their own guid, version, status or embargo.</summary>
    public static string NewsItem(string agencyId, int version, string headline, string paragraph, string status = "usable", DateTimeOffset? embargo = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{agencyId}" version="{version}" standard="NewsML-G2" standardversion="2.29">
          <itemMeta>
            <itemClass qcode="ninat:text"/>
            <provider qcode="nprov:NWA"/>
            <versionCreated>2026-11-27T11:00:00Z</versionCreated>
            {(embargo is { } e ? $"<embargoed>{e:yyyy-MM-dd'T'HH:mm:ss'Z'}</embargoed>" : "")}
            <pubStatus qcode="stat:{status}"/>
            <edNote>Note for version {version}</edNote>
          </itemMeta>
          <contentMeta>
            <located><name>OSLO</name></located>
            <creator><name>Ola Nordmann</name></creator>
            <slugline>TEST-{version}</slugline>
            <headline>{headline}</headline>
          </contentMeta>
          <contentSet>
            <inlineXML contenttype="application/xhtml+xml">
              <html xmlns="http://www.w3.org/1999/xhtml"><body><p>{paragraph}</p></body></html>
            </inlineXML>
          </contentSet>
        </newsItem>
        """;
}
