using Microsoft.EntityFrameworkCore;
using NewsCms.Core.Data;
using NewsCms.Core.Staff;

namespace NewsCms.Web.CommandLine;

/// <summary>
/// `demo-accounts`: on a database with no staff yet, one account per role (reporter@newscms.test, …),
/// printed with their passwords. Development only; it does nothing once anyone has an account.
/// </summary>
public static class DemoAccountsVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await Console.Error.WriteLineAsync("demo-accounts: refused: only in the Development environment.");
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<NewsDbContext>().Users.AnyAsync())
        {
            Console.WriteLine("Staff accounts exist already; no demo accounts made (their passwords were printed when they were).");
            return 0;
        }

        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        Console.WriteLine("Demo accounts (passwords shown once):");
        foreach (var role in Roles.All)
        {
            var account = await accounts.CreateAsync($"{role.ToLowerInvariant()}@newscms.test", $"Demo {role}", [role]);
            Console.WriteLine($"  {role,-10} {account.User?.Email,-28} {account.Password ?? string.Join(" ", account.Errors)}");
        }

        return 0;
    }
}
