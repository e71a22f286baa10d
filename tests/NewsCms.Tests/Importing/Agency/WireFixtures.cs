namespace NewsCms.Tests.Importing.Agency;

/// <summary>The agency copy in samples/wire (modelled on IPTC's published examples), copied beside the tests.</summary>
internal static class WireFixtures
{
    public static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "wire", file));
}
