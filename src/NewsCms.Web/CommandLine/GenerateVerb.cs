using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Options;
using NewsCms.Core.Comments;
using NewsCms.Core.Newsroom;

namespace NewsCms.Web.CommandLine;

/// <summary>
/// `generate [--articles N] [--comments M] [--seed S]`: the test-data generator is its own program
/// (tools/NewsCms.Generator), so the shipped app carries none of it. This verb runs it from the repository
/// with `dotnet run` in this build's configuration, passing the arguments unchanged and this host's database,
/// newsroom zone, comment salt and environment; its output is the generator's, its exit code is returned.
/// </summary>
public static class GenerateVerb
{
    public const string Project = "tools/NewsCms.Generator/NewsCms.Generator.csproj";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (FindProject() is not { } project)
        {
            await Console.Error.WriteLineAsync(
                $"generate: the data generator is not part of a published app; from a clone of the repository run\n  dotnet run -c Release --project {Project} -- {string.Join(' ', args)}");
            return 1;
        }

        using var generator = Process.Start(StartInfo(services, project, args))
            ?? throw new InvalidOperationException("dotnet did not start.");
        await generator.WaitForExitAsync();
        return generator.ExitCode;
    }

    public static ProcessStartInfo StartInfo(IServiceProvider services, string project, IEnumerable<string> args)
    {
        var configuration = typeof(GenerateVerb).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var start = new ProcessStartInfo("dotnet", ["run", "-c", configuration, "--project", project, "--no-launch-profile", "--", .. args])
        {
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Default"] = services.GetRequiredService<IConfiguration>().GetConnectionString("Default");
        start.Environment["Newsroom__TimeZone"] = services.GetRequiredService<NewsroomOptions>().TimeZone;
        start.Environment["Comments__IpHashSalt"] = services.GetRequiredService<IOptions<CommentOptions>>().Value.IpHashSalt;
        start.Environment["DOTNET_ENVIRONMENT"] = services.GetRequiredService<IHostEnvironment>().EnvironmentName;
        return start;
    }

    /// <summary>The generator's project in the repository this app was built in (or is run from), if any.</summary>
    public static string? FindProject()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var project = Path.Combine(dir.FullName, Project);
                if (File.Exists(project))
                    return project;
            }
        }

        return null;
    }
}
