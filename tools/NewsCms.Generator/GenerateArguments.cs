using System.Globalization;

namespace NewsCms.Generator;

/// <summary>`generate [--articles N] [--comments M] [--pictures P] [--wire-items W] [--seed S]`, read strictly: an unknown or malformed option is refused.</summary>
public sealed record GenerateArguments(
    int Articles = GenerateArguments.DefaultArticles, int Comments = GenerateArguments.DefaultComments, int? Seed = null, int Pictures = PictureWriter.PoolSize, int WireItems = 0)
{
    public const int DefaultArticles = 1000;
    public const int DefaultComments = 5000;
    public const int Maximum = 10_000_000;

    public const string Usage = """
        usage: generate [--articles N] [--comments M] [--pictures P] [--wire-items W] [--seed S]
          --articles N   articles to add (default 1000), most of them published over the last five years
          --comments M   comments to add on published articles (default 5000), in every moderation state
          --pictures P   pictures to add to the library (default 12); past 12 they share the 12 generated
                         files under their own names and descriptions; four stories in five lead with one
          --wire-items W agency items waiting on the Incoming desk (default 0), received over the last hours and days
          --seed S       makes the same data again (default: a random seed, printed at the end)
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static GenerateArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = new GenerateArguments();
        error = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
                return Fail($"{args[i]} needs a value", out error);
            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > Maximum)
                return Fail($"{args[i]} wants a whole number from 0 to {Maximum}, not \"{args[i + 1]}\"", out error);
            parsed = args[i] switch
            {
                "--articles" => parsed with { Articles = value },
                "--comments" => parsed with { Comments = value },
                "--seed" => parsed with { Seed = value },
                "--pictures" => parsed with { Pictures = value },
                "--wire-items" => parsed with { WireItems = value },
                _ => null,
            };
            if (parsed is null)
                return Fail($"unknown option \"{args[i]}\"", out error);
        }

        return parsed;
    }

    private static GenerateArguments? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }
}
