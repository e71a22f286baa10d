namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>The repo's sample wire copy (samples/), copied beside the test assembly.</summary>
public static class Samples
{
    public const string SeedFile = "000_57e4e1cab6c92a8d.txt";
    public const string SeedUrl = "/2023/10/14/north-korea-aids-russia-in-ukraine-war-with-munitions-supply";

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    public static string Seed => File.ReadAllText(PathOf(SeedFile));
}
