using NewsCms.Web.CommandLine;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>Runs the `import` verb's own code path on a test host, capturing what it prints.</summary>
public static class ImportVerbRun
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(IServiceProvider services, params string[] files)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            var exit = await ImportVerb.RunAsync(services, files);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
