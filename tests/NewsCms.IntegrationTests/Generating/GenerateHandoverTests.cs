using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.IntegrationTests.Infrastructure;
using NewsCms.Web.CommandLine;

namespace NewsCms.IntegrationTests.Generating;

/// <summary>The web host's `generate` verb hands over to tools/NewsCms.Generator, which the app does not carry.</summary>
[Collection(SharedApp.Name)]
public sealed class GenerateHandoverTests(NewsCmsApplication app)
{
    [Fact]
    public void The_web_app_carries_no_generator_and_no_Bogus()
    {
        var references = typeof(GenerateVerb).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("Bogus", references);
        Assert.DoesNotContain("NewsCms.Generator", references);
    }

    [Fact]
    public void The_verb_runs_the_generator_project_with_the_same_arguments_and_the_hosts_settings()
    {
        var project = GenerateVerb.FindProject();
        Assert.NotNull(project);

        var start = GenerateVerb.StartInfo(app.Services, project, ["--articles", "5", "--seed", "3"]);

        Assert.Equal("dotnet", start.FileName);
        Assert.Equal(["run", "-c", BuildConfiguration, "--project", project, "--no-launch-profile", "--", "--articles", "5", "--seed", "3"], start.ArgumentList);
        Assert.Equal(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default"), start.Environment["ConnectionStrings__Default"]);
        Assert.Equal("America/New_York", start.Environment["Newsroom__TimeZone"]);
        Assert.Equal("Testing", start.Environment["DOTNET_ENVIRONMENT"]);
        Assert.False(string.IsNullOrEmpty(start.Environment["Comments__IpHashSalt"]));
    }

    [Fact]
    public async Task Bad_arguments_exit_2_with_the_usage_through_the_hand_over()
    {
        var start = GenerateVerb.StartInfo(app.Services, GenerateVerb.FindProject()!, ["--pages", "3"]);
        start.RedirectStandardOutput = start.RedirectStandardError = true;

        using var generator = Process.Start(start)!;
        var errors = generator.StandardError.ReadToEndAsync();
        await generator.StandardOutput.ReadToEndAsync();
        await generator.WaitForExitAsync();

        Assert.Equal(2, generator.ExitCode);
        Assert.StartsWith("generate: unknown option \"--pages\"\nusage: generate", await errors, StringComparison.Ordinal);
    }

    private static string BuildConfiguration =>
        typeof(GenerateVerb).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
}
