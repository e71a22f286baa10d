using System.Net;
using System.Net.Sockets;

namespace NewsCms.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of PostgreSQL that a test can close and open again, to see the app
/// lose its database and get it back without restarting.
/// </summary>
public sealed class TcpGate : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource _open = new();

    public TcpGate(string host, int port)
    {
        _target = new IPEndPoint(IPAddress.Parse(host), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Open()
    {
        _open = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _open.Token);
    }

    /// <summary>Stops listening and cuts every open connection, as a database crash would.</summary>
    public void Close()
    {
        _open.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
                connection.Dispose();
            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken closed)
    {
        while (!closed.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(closed);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            await server.ConnectAsync(_target, closed);
            lock (_connections)
                _connections.AddRange([client, server]);
            _ = PumpAsync(client, server, closed);
            _ = PumpAsync(server, client, closed);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken closed)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), closed);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
