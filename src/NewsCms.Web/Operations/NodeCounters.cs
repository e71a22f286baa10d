using System.Diagnostics.Metrics;

namespace NewsCms.Web.Operations;

/// <summary>
/// Requests, server errors and database round trips, counted by listening to the meters ASP.NET Core and
/// Npgsql already publish (the figures /metrics exports) rather than by counting a second time. The request
/// meter is this host's own (its <see cref="IMeterFactory"/>); Npgsql's meter is one per process, which in
/// production runs one host.
/// </summary>
public sealed class NodeCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _requests;
    private long _errors;
    private long _roundTrips;

    public NodeCounters(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (IsRequestDuration(instrument, meters) || instrument is { Meter.Name: "Npgsql", Name: "db.client.operation.duration" })
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            if (instrument.Meter.Name == "Npgsql")
            {
                Interlocked.Increment(ref _roundTrips);
                return;
            }
            Interlocked.Increment(ref _requests);
            foreach (var tag in tags)
            {
                if (tag is { Key: "http.response.status_code", Value: int status } && status >= 500)
                    Interlocked.Increment(ref _errors);
            }
        });
        _listener.Start();
    }

    public (long Requests, long Errors, long RoundTrips) Read() =>
        (Interlocked.Read(ref _requests), Interlocked.Read(ref _errors), Interlocked.Read(ref _roundTrips));

    public void Dispose() => _listener.Dispose();

    private static bool IsRequestDuration(Instrument instrument, IMeterFactory meters) =>
        instrument is { Meter.Name: "Microsoft.AspNetCore.Hosting", Name: "http.server.request.duration" } && ReferenceEquals(instrument.Meter.Scope, meters);
}
