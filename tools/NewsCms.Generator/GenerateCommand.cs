using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsCms.Core.Comments;
using NewsCms.Core.Data;
using NewsCms.Core.Newsroom;

namespace NewsCms.Generator;

/// <summary>
/// `generate [--articles N] [--comments M] [--pictures P] [--wire-items W] [--seed S]`: appends a realistic newsroom (sections, tags, staff
/// authors, articles, comments, pictures, desk items) for load tests and demos. See docs/generator.md. The services are the
/// generator's own (Program.cs) or, in the tests, the web host's.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(GenerateArguments.Usage);
            return 0;
        }

        if (GenerateArguments.Parse(args, out var error) is not { } arguments)
        {
            await Console.Error.WriteLineAsync($"generate: {error}\n{GenerateArguments.Usage}");
            return 2;
        }

        var connectionString = await MigrateAsync(services);
        var request = new GenerationRequest(arguments.Articles, arguments.Comments, arguments.Seed ?? Random.Shared.Next(), arguments.Pictures, arguments.WireItems);
        var generator = new NewsroomGenerator(
            services.GetRequiredService<NewsroomOptions>(), services.GetRequiredService<IpHasher>(), services.GetRequiredService<TimeProvider>());
        var clock = Stopwatch.StartNew();
        var summary = await generator.RunAsync(connectionString, request, ConsoleProgress.ForConsole(), CancellationToken.None);
        Console.WriteLine(Summary(summary, request, clock.Elapsed));
        if (summary.Comments < request.Comments)
            await Console.Error.WriteLineAsync("generate: no published article to comment on, so no comments were made.");
        return 0;
    }

    public static string Summary(GenerationSummary s, GenerationRequest request, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Generated {s.Articles:N0} articles and {s.Comments:N0} comments ({s.Sections} sections, {s.Tags} tags, {s.Authors} new authors, {s.WireItems:N0} wire items on the desk; " +
            $"{s.Rows:N0} rows) in {elapsed.TotalSeconds:N1} s, {s.Rows / Math.Max(elapsed.TotalSeconds, 0.001):N0} rows/s, " +
            $"{s.Articles / Math.Max(elapsed.TotalSeconds, 0.001):N0} articles/s. Seed {request.Seed} makes the same data again.");

    private static async Task<string> MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        await db.MigrateNewsDatabaseAsync();
        return db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database has no connection string.");
    }
}
