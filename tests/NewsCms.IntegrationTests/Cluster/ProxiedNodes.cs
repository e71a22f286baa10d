using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using NewsCms.IntegrationTests.Infrastructure;

namespace NewsCms.IntegrationTests.Cluster;

/// <summary>A node on Kestrel (a real loopback port) that trusts forwarded headers from 127.0.0.1, where nginx runs.</summary>
public sealed class KestrelNode : NewsCmsApplication
{
    private readonly NewsCmsApplication? _first;

    /// <summary>The first node makes the database; a later one joins it.</summary>
    public KestrelNode(NewsCmsApplication? first = null)
    {
        _first = first;
        UseKestrel(0);
    }

    public Uri Address => ClientOptions.BaseAddress;

    protected override string AppConnectionString => _first?.ConnectionString ?? base.AppConnectionString;

    public override async Task InitializeAsync()
    {
        if (_first is null)
            await base.InitializeAsync();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1");
    }
}

/// <summary>
/// Two nodes behind Debian's nginx on loopback, configured as scripts/cluster configures it (installed by
/// scripts/lib/setup.sh: ensure_proxy). nginx runs as a daemon: its launcher exits once the port is bound, so
/// the proxy is ready when it returns, without polling.
/// </summary>
public sealed class ProxiedNodes : IAsyncLifetime
{
    private readonly string _prefix = Path.Combine(Path.GetTempPath(), $"newscms-nginx-{Guid.NewGuid():N}");

    public KestrelNode A { get; } = new();

    public KestrelNode B { get; private set; } = null!;

    public Uri Proxy { get; private set; } = null!;

    private static string Nginx => Environment.GetEnvironmentVariable("NEWSCMS_NGINX") is { Length: > 0 } path ? path : "/usr/sbin/nginx";

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = new KestrelNode(A);
        await B.InitializeAsync();
        var port = FreePort();
        Proxy = new Uri($"http://127.0.0.1:{port}");
        Directory.CreateDirectory(_prefix);
        await File.WriteAllTextAsync(Path.Combine(_prefix, "nginx.conf"), Config(port, A.Address, B.Address));
        await NginxAsync();
    }

    public async Task DisposeAsync()
    {
        await NginxAsync("-s", "stop");
        await B.DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
        Directory.Delete(_prefix, recursive: true);
    }

    private async Task NginxAsync(params string[] signal)
    {
        var start = new ProcessStartInfo(Nginx) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-p", _prefix, "-c", Path.Combine(_prefix, "nginx.conf"), "-e", Path.Combine(_prefix, "error.log"), .. signal])
            start.ArgumentList.Add(argument);
        using var nginx = Process.Start(start)!;
        var errors = await nginx.StandardError.ReadToEndAsync();
        await nginx.WaitForExitAsync();
        Assert.True(nginx.ExitCode == 0, $"nginx {string.Join(' ', signal)}: {errors}");
    }

    private string Config(int port, Uri a, Uri b) => $$"""
        pid {{_prefix}}/nginx.pid;
        {{(Environment.UserName == "root" ? "user root;" : "")}}
        worker_processes 1;
        events { worker_connections 256; }
        http {
            access_log off;
            client_body_temp_path {{_prefix}}/body;
            proxy_temp_path {{_prefix}}/proxy;
            fastcgi_temp_path {{_prefix}}/fastcgi;
            uwsgi_temp_path {{_prefix}}/uwsgi;
            scgi_temp_path {{_prefix}}/scgi;
            upstream newscms {
                server {{a.Authority}} max_fails=1 fail_timeout=5s;
                server {{b.Authority}} max_fails=1 fail_timeout=5s;
            }
            server {
                listen 127.0.0.1:{{port}};
                location / {
                    proxy_pass http://newscms;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $remote_addr;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_next_upstream error timeout http_502 http_503;
                    proxy_connect_timeout 2s;
                }
            }
        }
        """;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
