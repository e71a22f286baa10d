namespace NewsCms.Core.Media;

/// <summary>What an accepted upload turned out to be: read from its content, not from its name.</summary>
public sealed record PictureFacts(
    PictureFormat Format,
    int Width,
    int Height,
    long ByteLength,
    string ContentHash,
    string? Caption,
    string? Credit);

/// <summary>An upload checked: either the facts of a picture, or why the file is refused.</summary>
public sealed record PictureCheck(string FileName, PictureFacts? Facts, string? Refusal)
{
    public bool Accepted => Facts is not null;

    /// <summary>The message a person reads: the file's name and the reason.</summary>
    public string Message => $"“{FileName}” was refused: {Refusal}.";
}
