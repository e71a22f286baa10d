using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;

namespace NewsCms.Web.CommandLine;

public static class MigrateVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await db.MigrateNewsDatabaseAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Console.WriteLine($"The database is up to date at migration {applied.LastOrDefault() ?? "(none)"}.");
        return 0;
    }
}
