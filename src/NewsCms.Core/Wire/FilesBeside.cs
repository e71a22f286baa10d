using NewsCms.Core.Importing.Agency;
using NewsCms.Core.Media;

namespace NewsCms.Core.Wire;

/// <summary>
/// The bytes of a picture a file of copy names, or null when it did not come with the copy. The picture carries
/// both its bare file name (what a folder or an upload is searched for) and the reference as the agency wrote
/// it (what a feed fetches).
/// </summary>
public delegate Task<byte[]?> PictureFinder(AgencyPicture picture, CancellationToken cancellationToken);

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
    public static PictureFinder InFolder(string folder, ICollection<string>? found = null) => (picture, _) =>
    {
        var name = picture.FileName;
        var path = Path.Combine(folder, name);
        if (Path.GetFileName(name) != name || !File.Exists(path))
            return Task.FromResult<byte[]?>(null);
        found?.Add(path);
        using var stream = File.OpenRead(path);
        var buffer = new byte[Math.Min(stream.Length, MostBytesRead + 1L)];
        stream.ReadExactly(buffer);
        return Task.FromResult<byte[]?>(buffer);
    };

    /// <summary>Whether a file is a picture (by its first bytes): sent along with copy, not copy itself.</summary>
    public static bool IsPicture(ReadOnlySpan<byte> head) => PictureSniffer.Sniff(head[..Math.Min(head.Length, 64)]).Format is not null;
}
