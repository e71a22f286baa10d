namespace NewsCms.Core.Importing;

/// <summary>One line of a wire file: its 1-based number in the original file and its text, trimmed.</summary>
internal readonly record struct WireLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;

    // LF, CRLF and lone CR all end a line, so the numbers match what an editor shows for the file.
    public static List<WireLine> Split(string text, out WireCopyError? error)
    {
        var lines = new List<WireLine>();
        error = null;
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\r' or '\n'))
                continue;

            var raw = text[start..i];
            // Checked before trimming: Trim would silently drop control characters .NET counts as white space.
            error ??= FindControlCharacter(raw, lines.Count + 1);
            lines.Add(new WireLine(lines.Count + 1, raw.Trim()));
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }

        return lines;
    }

    private static WireCopyError? FindControlCharacter(string raw, int number)
    {
        foreach (var c in raw)
        {
            if (char.IsControl(c) && c != '\t')
                return new WireCopyError(number, $"the line contains the control character U+{(int)c:X4}");
        }

        return null;
    }
}
