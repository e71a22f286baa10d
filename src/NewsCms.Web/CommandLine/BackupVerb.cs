namespace NewsCms.Web.CommandLine;

/// <summary>
/// `backup FILE`: the whole site in one pg_dump custom-format file — stories, their record, comments, staff
/// accounts, the data-protection keys, and the pictures (originals and renditions live in PostgreSQL).
/// A consistent snapshot taken while the site keeps serving. docs/operations.md.
/// </summary>
public static class BackupVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync("usage: backup FILE (a pg_dump custom-format archive; restore it with the restore verb)");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        var exitCode = await PostgresTools.RunAsync("pg_dump", PostgresTools.ConnectionString(services),
            ["--format=custom", "--no-owner", "--no-privileges", "--file", file]);
        if (exitCode != 0)
            return 1;
        Console.WriteLine($"Backed up the site to {file} ({new FileInfo(file).Length:N0} bytes).");
        return 0;
    }
}
