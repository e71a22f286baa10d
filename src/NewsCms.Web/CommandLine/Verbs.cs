namespace NewsCms.Web.CommandLine;

/// <summary>A command-line verb: `dotnet run --project src/NewsCms.Web -- NAME ARGS…`.</summary>
public sealed record Verb(string Name, Func<IServiceProvider, string[], Task<int>> RunAsync);

public static class Verbs
{
    private static readonly Verb[] All =
    [
        new("migrate", MigrateVerb.RunAsync),
        new("import", ImportVerb.RunAsync),
        new("rerender", RerenderVerb.RunAsync),
        new("create-admin", CreateAdminVerb.RunAsync),
        new("demo-accounts", DemoAccountsVerb.RunAsync),
        new("generate", GenerateVerb.RunAsync),
        new("backup", BackupVerb.RunAsync),
        new("restore", RestoreVerb.RunAsync),
    ];

    public static Verb? Find(string[] args) =>
        args.Length == 0 ? null : All.FirstOrDefault(v => v.Name == args[0]);
}
