using System.Diagnostics;
using System.Globalization;

namespace NewsCms.Generator;

/// <summary>
/// A progress bar with rows per second: redrawn in place (\r) on a terminal, a plain line every tenth of
/// the way when the output goes to a file or a pipe.
/// </summary>
public sealed class ConsoleProgress(TextWriter output, bool interactive) : IGenerationProgress
{
    private const int BarWidth = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _phase = new();
    private string _name = "";
    private long _total;
    private long _done;
    private TimeSpan _lastDrawn;
    private long _lastTenth = -1;

    public static ConsoleProgress ForConsole() => new(Console.Out, !Console.IsOutputRedirected);

    public void Begin(string phase, long total)
    {
        (_name, _total, _done, _lastDrawn, _lastTenth) = (phase, total, 0, TimeSpan.Zero, -1);
        _phase.Restart();
    }

    public void Report(long done)
    {
        _done = done;
        if (interactive && _phase.Elapsed - _lastDrawn >= RedrawEvery)
        {
            _lastDrawn = _phase.Elapsed;
            output.Write($"\r{Line()}");
        }
        else if (!interactive && Tenth() > _lastTenth)
        {
            _lastTenth = Tenth();
            output.WriteLine(Line());
        }
    }

    public void End()
    {
        _done = _total;
        if (interactive)
            output.WriteLine($"\r{Line()}");
        else if (Tenth() > _lastTenth)
            output.WriteLine(Line());
    }

    public string Line()
    {
        var fraction = _total == 0 ? 1 : (double)_done / _total;
        var filled = (int)(fraction * BarWidth);
        var perSecond = _done / Math.Max(_phase.Elapsed.TotalSeconds, 0.001);
        return string.Create(CultureInfo.InvariantCulture,
            $"{_name,-9} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction,4:P0} {_done,11:N0}/{_total:N0}  {perSecond,9:N0} rows/s");
    }

    private long Tenth() => _total == 0 ? 10 : _done * 10 / _total;
}
