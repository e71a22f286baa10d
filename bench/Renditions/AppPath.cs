using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using NewsCms.Core.Media;
using Npgsql;

/// <summary>The shipped path measured in a running app: one request that makes and stores every rendition of a 24-megapixel JPEG.</summary>
internal static class AppPath
{
    public static async Task MeasureAsync(string appUrl, int pid, string connectionString, byte[] original, int width, int height)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(original));
        await using var data = NpgsqlDataSource.Create(connectionString);
        await using (var insert = data.CreateCommand("""
            INSERT INTO media_originals (content_hash, bytes) VALUES ($1, $2) ON CONFLICT DO NOTHING;
            """))
        {
            insert.Parameters.Add(new() { Value = hash });
            insert.Parameters.Add(new() { Value = original });
            await insert.ExecuteNonQueryAsync();
        }

        int id;
        await using (var item = data.CreateCommand("""
            INSERT INTO media_items (storage_key, content_hash, content_type, format, width, height, byte_length, focal_x, focal_y, file_name, uploaded_at, updated_at)
            VALUES ($1, $2, 'image/jpeg', 'jpeg', $3, $4, $5, 0.5, 0.5, 'bench-renditions.jpg', now(), now()) RETURNING id
            """))
        {
            foreach (var value in new object[] { "pg:" + hash, hash, width, height, (long)original.Length })
                item.Parameters.Add(new() { Value = value });
            id = (int)(await item.ExecuteScalarAsync())!;
        }

        try
        {
            var picture = new PictureRef(id, width, height, 0.5, 0.5, hash, null, null, null);
            using var http = new HttpClient { BaseAddress = new Uri(appUrl), Timeout = TimeSpan.FromMinutes(5) };
            var (cpuBefore, peakBefore) = (AppCpuSeconds(pid), AppPeakRssMb(pid));
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(picture.Url(MediaCrop.Original, 960, RenditionFormat.Webp));
            var wall = clock.Elapsed.TotalSeconds;
            var (cpuAfter, peakAfter) = (AppCpuSeconds(pid), AppPeakRssMb(pid));
            await using var count = data.CreateCommand("SELECT count(*) FROM media_renditions WHERE media_item_id = $1");
            count.Parameters.Add(new() { Value = id });
            Print("app_status", ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            Print("app_count", ((long)(await count.ExecuteScalarAsync())!).ToString(CultureInfo.InvariantCulture));
            Print("app_wall_s", wall.ToString("F2", CultureInfo.InvariantCulture));
            Print("app_cpu_s", (cpuAfter - cpuBefore).ToString("F2", CultureInfo.InvariantCulture));
            Print("app_peak_rss_before_mb", peakBefore.ToString(CultureInfo.InvariantCulture));
            Print("app_peak_rss_mb", peakAfter.ToString(CultureInfo.InvariantCulture));
        }
        finally
        {
            await using var delete = data.CreateCommand("DELETE FROM media_items WHERE id = $1");
            delete.Parameters.Add(new() { Value = id });
            await delete.ExecuteNonQueryAsync();
        }
    }

    private static void Print(string name, string value) => Console.WriteLine($"RENDITIONS {name}={value}");

    // utime + stime (fields 14 and 15 of /proc/PID/stat, after the command name in parentheses), in clock ticks of 1/100 s.
    private static double AppCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static long AppPeakRssMb(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).First();
}
