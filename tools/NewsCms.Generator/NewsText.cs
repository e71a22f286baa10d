using System.Text;
using Bogus;

namespace NewsCms.Generator;

/// <summary>News-like English built from <see cref="Vocabulary"/> and Bogus's names, places and companies (<see cref="Pools"/>).</summary>
public sealed class NewsText(Pools pools)
{
    public Pools Pools => pools;

    public string City(Faker f) => f.PickRandom(pools.Cities);

    public string Headline(Faker f)
    {
        var subject = f.PickRandom(Vocabulary.Subjects);
        if (f.Random.Bool(0.3f))
            subject = $"{f.PickRandom(pools.Cities)} {subject.ToLowerInvariant()}";
        var tail = f.PickRandom(Vocabulary.Tails);
        var headline = $"{subject} {f.PickRandom(Vocabulary.Verbs)} {f.PickRandom(Vocabulary.Objects)}";
        return tail.Length == 0 ? headline : $"{headline} {tail}";
    }

    public string Sentence(Faker f) => f.Random.Int(0, 5) switch
    {
        0 => $"{f.PickRandom(pools.FullNames)}, {f.PickRandom(Vocabulary.Roles)} {f.PickRandom(pools.Companies)}, said the plan would {f.PickRandom(Vocabulary.Effects)}.",
        1 => $"Officials in {f.PickRandom(pools.Cities)} said about {f.Random.Int(2, 900)} {f.PickRandom("people", "households", "businesses", "schools")} could be affected.",
        2 => $"The {f.PickRandom(Vocabulary.Objects)} has been debated since {f.Date.Month()}, when {f.PickRandom(pools.FullNames)} first raised it.",
        3 => $"Critics say the {f.PickRandom(Vocabulary.Objects)} will {f.PickRandom(Vocabulary.Effects)}, while supporters call it overdue.",
        4 => $"According to figures released on {f.Date.Weekday()}, costs rose {f.Random.Int(2, 40)} percent over the past year.",
        _ => $"\"{f.PickRandom(Vocabulary.ReaderOpinions)}\" said {f.PickRandom(pools.FirstNames)}, who has lived in {f.PickRandom(pools.Cities)} for {f.Random.Int(2, 50)} years.",
    };

    public string Paragraph(Faker f, int minSentences = 2, int maxSentences = 4)
    {
        var text = new StringBuilder();
        for (var i = f.Random.Int(minSentences, maxSentences); i > 0; i--)
            text.Append(Sentence(f)).Append(i > 1 ? " " : "");
        return text.ToString();
    }

    /// <summary>6–15 paragraphs; some emphasis, a link, sometimes a list or a quote, as a newsroom writes them.</summary>
    public string MarkdownBody(Faker f)
    {
        var count = f.Random.Int(6, 15);
        var listAt = f.Random.Bool(0.35f) ? f.Random.Int(2, count - 1) : -1;
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                body.Append("\n\n");
            body.Append(i == listAt ? List(f) : Decorate(f, Paragraph(f), i));
        }

        return body.ToString();
    }

    public string CommentBody(Faker f) =>
        f.Random.Bool(0.5f) ? $"{f.PickRandom(Vocabulary.ReaderOpinions)} {Paragraph(f, 1, 3)}" : Paragraph(f, 1, 2);

    private string Decorate(Faker f, string paragraph, int index)
    {
        var roll = f.Random.Int(0, 9);
        if (roll == 0 && index > 0)
            return $"> {paragraph}";
        if (roll == 1)
            return $"{paragraph} *{f.PickRandom("The vote is expected next week.", "No date has been set.", "The details were not disclosed.")}*";
        if (roll == 2)
            return $"{paragraph} Read the [full report](https://example.com/reports/{f.Random.AlphaNumeric(8)}).";
        return roll == 3 ? $"**{f.PickRandom(pools.Cities)}:** {paragraph}" : paragraph;
    }

    private static string List(Faker f)
    {
        var items = Enumerable.Range(0, f.Random.Int(3, 5))
            .Select(_ => $"- {Capitalised(f.PickRandom(Vocabulary.Objects))} would {f.PickRandom(Vocabulary.Effects)}");
        return $"The main points:\n\n{string.Join('\n', items)}";
    }

    private static string Capitalised(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
