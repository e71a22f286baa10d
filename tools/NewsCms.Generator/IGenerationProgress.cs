namespace NewsCms.Generator;

/// <summary>Where the generator reports how far a phase has gone; the command line draws it as a bar.</summary>
public interface IGenerationProgress
{
    void Begin(string phase, long total);

    void Report(long done);

    void End();
}
