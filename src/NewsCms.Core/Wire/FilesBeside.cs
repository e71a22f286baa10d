using NewsCms.Core.Media;

namespace NewsCms.Core.Wire;

/// <summary>
/// Finding the files that came with a wire file (the pictures it names) by file name: beside it in its folder,
/// or among the files of the same upload. Only a bare name is looked up, never a path, so a name in the copy
/// cannot reach outside the folder.
/// </summary>
public static class FilesBeside
{
    // Enough to tell the library's size check that a file is too large, without reading a huge file whole.
    private const int MostBytesRead = 64 * 1024 * 1024;

    /// <summary>Files in <paramref name="folder"/>; each one found is added to <paramref name="found"/> (to be moved along with the copy).</summary>
    public static Func<string, byte[]?> InFolder(string folder, ICollection<string>? found = null) => name =>
    {
        if (Path.GetFileName(name) != name)
            return null;
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            return null;
        found?.Add(path);
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, MostBytesRead + 1L)];
        stream.ReadExactly(buffer);
        return buffer;
    };

    /// <summary>Whether a file is a picture (by its first bytes): sent along with copy, not copy itself.</summary>
    public static bool IsPicture(ReadOnlySpan<byte> head) => PictureSniffer.Sniff(head[..Math.Min(head.Length, 64)]).Format is not null;
}
