using System.Text.RegularExpressions;

namespace NewsCms.Core.EditorialRecord;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff (longest common subsequence over words and the whitespace between them), enough for
/// a person to see what changed between two revisions. The common head and tail are cut off first; a
/// middle too large to compare cheaply is shown as removed-then-added rather than risk a slow page.
/// </summary>
public static partial class TextDiff
{
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string? before, string? after)
    {
        var a = Tokens(before ?? "");
        var b = Tokens(after ?? "");
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
            head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
            tail++;

        var pieces = new List<DiffPiece>();
        Add(pieces, DiffKind.Same, a[..head]);
        var middleA = a[head..(a.Length - tail)];
        var middleB = b[head..(b.Length - tail)];
        if ((long)middleA.Length * middleB.Length > MaxCells)
        {
            Add(pieces, DiffKind.Removed, middleA);
            Add(pieces, DiffKind.Added, middleB);
        }
        else
        {
            Lcs(pieces, middleA, middleB);
        }

        Add(pieces, DiffKind.Same, a[(a.Length - tail)..]);
        return pieces;
    }

    private static void Lcs(List<DiffPiece> pieces, string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(pieces, DiffKind.Same, [a[x++]]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || lengths[x + 1, y] >= lengths[x, y + 1]))
                Add(pieces, DiffKind.Removed, [a[x++]]);
            else
                Add(pieces, DiffKind.Added, [b[y++]]);
        }
    }

    /// <summary>Appends, merging with the last piece when it is of the same kind, so the page shows runs, not single words.</summary>
    private static void Add(List<DiffPiece> pieces, DiffKind kind, string[] tokens)
    {
        if (tokens.Length == 0)
            return;
        var text = string.Concat(tokens);
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else
            pieces.Add(new DiffPiece(kind, text));
    }

    private static string[] Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();
}
