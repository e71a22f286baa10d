using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsCms.Core.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the web host. It never connects:
/// adding a migration needs the model only (`database update` uses ConnectionStrings__Default if set).
/// </summary>
internal sealed class DesignTimeNewsDbContextFactory : IDesignTimeDbContextFactory<NewsDbContext>
{
    public NewsDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=127.0.0.1;Port=55432;Database=newscms;Username=newscms;Password=newscms";
        return new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseNewsDatabase(connectionString).Options);
    }
}
