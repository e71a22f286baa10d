using NewsCms.Core.Caching;
using NewsCms.Core.Data;
using Npgsql;

namespace NewsCms.Web.CommandLine;

/// <summary>
/// `restore FILE`: puts a backup made by the backup verb into the configured database (created when missing),
/// replacing what is there, in one transaction: it is all restored or nothing changes. Then every node's
/// cached pages are evicted (PostgreSQL NOTIFY), so none serves a page of the site as it was. docs/operations.md.
/// </summary>
public static class RestoreVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("usage: restore FILE (an archive made by the backup verb)");
            return 2;
        }

        var connectionString = PostgresTools.ConnectionString(services);
        await NewsDatabase.CreateIfMissingAsync(connectionString, CancellationToken.None);
        var exitCode = await PostgresTools.RunAsync("pg_restore", connectionString,
            ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database ?? "", Path.GetFullPath(args[0])]);
        if (exitCode != 0)
            return 1;

        await services.GetRequiredService<IPublicPageCache>().EvictAsync([PublicPageTags.All], CancellationToken.None);
        Console.WriteLine($"Restored the site from {args[0]}. Run the migrate verb if the backup is older than this version.");
        return 0;
    }
}
