using NewsCms.Core.Staff;

namespace NewsCms.Web.CommandLine;

/// <summary>`create-admin EMAIL`: the first admin. Prints the generated password once; only its hash is stored.</summary>
public static class CreateAdminVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length != 1 || !args[0].Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("usage: create-admin EMAIL");
            return 2;
        }

        await MigrateVerb.RunAsync(services, []);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var displayName = args[0].Split('@')[0];
        var account = await accounts.CreateAsync(args[0], displayName, [Roles.Admin]);
        if (!account.Succeeded)
        {
            await Console.Error.WriteLineAsync($"create-admin: refused: {string.Join(" ", account.Errors)}");
            return 1;
        }

        Console.WriteLine($"Created admin {account.User!.Email}. Password (shown once, change it after signing in):");
        Console.WriteLine(account.Password);
        return 0;
    }
}
