using System.Diagnostics;
using Npgsql;

namespace NewsCms.Web.CommandLine;

/// <summary>
/// Runs PostgreSQL's own client programs (pg_dump, pg_restore) against the site's database: the engine's
/// backup format, not one of ours. They come with Debian's postgresql-client; when they are not on PATH, the
/// newest /usr/lib/postgresql/N/bin is used (pg_dump must be at least the server's version).
/// </summary>
internal static class PostgresTools
{
    public static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Default")
        ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");

    /// <summary>Runs the program with the connection in libpq's environment variables (the password never on a command line).</summary>
    public static async Task<int> RunAsync(string program, string connectionString, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Find(program)) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant() switch
        {
            "verifyca" => "verify-ca",
            "verifyfull" => "verify-full",
            var mode => mode,
        };

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (errors.Length > 0)
            await Console.Error.WriteAsync(errors);
        return process.ExitCode;
    }

    private static string Find(string program)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
            return onPath;
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(folder => Path.Combine(folder, "bin", program))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return debian ?? throw new InvalidOperationException($"{program} not found: install postgresql-client.");
    }
}
