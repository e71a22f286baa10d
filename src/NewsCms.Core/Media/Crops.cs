namespace NewsCms.Core.Media;

/// <summary>The crops' shapes and their names in URLs ("16x9"), and the focal-point crop arithmetic.</summary>
public static class Crops
{
    public static readonly IReadOnlyList<MediaCrop> All = [MediaCrop.Original, MediaCrop.Wide, MediaCrop.Standard, MediaCrop.Square];

    public static string UrlName(MediaCrop crop) => crop switch
    {
        MediaCrop.Wide => "16x9",
        MediaCrop.Standard => "4x3",
        MediaCrop.Square => "1x1",
        _ => "original",
    };

    public static MediaCrop? FromUrlName(string name) => name switch
    {
        "original" => MediaCrop.Original,
        "16x9" => MediaCrop.Wide,
        "4x3" => MediaCrop.Standard,
        "1x1" => MediaCrop.Square,
        _ => null,
    };

    /// <summary>Width over height, or null for the picture's own shape.</summary>
    public static double? Aspect(MediaCrop crop) => crop switch
    {
        MediaCrop.Wide => 16.0 / 9.0,
        MediaCrop.Standard => 4.0 / 3.0,
        MediaCrop.Square => 1.0,
        _ => null,
    };

    /// <summary>
    /// The largest rectangle of the crop's shape inside a width × height picture, placed so the focal point
    /// is as near its centre as the picture's edges allow.
    /// </summary>
    public static CropRect Region(MediaCrop crop, int width, int height, double focalX, double focalY)
    {
        if (Aspect(crop) is not { } aspect)
            return new CropRect(0, 0, width, height);
        int cropWidth, cropHeight;
        if (width >= height * aspect)
        {
            cropHeight = height;
            cropWidth = Math.Max(1, Math.Min(width, (int)Math.Round(height * aspect)));
        }
        else
        {
            cropWidth = width;
            cropHeight = Math.Max(1, Math.Min(height, (int)Math.Round(width / aspect)));
        }

        return new CropRect(Place(focalX, width, cropWidth), Place(focalY, height, cropHeight), cropWidth, cropHeight);
    }

    /// <summary>The output height of a crop made <paramref name="outputWidth"/> pixels wide.</summary>
    public static int HeightAt(CropRect region, int outputWidth) =>
        Math.Max(1, (int)Math.Round((double)region.Height * outputWidth / region.Width));

    /// <summary>
    /// The widths a crop is offered at: those of the set no wider than the crop (never upscaled), and the
    /// crop's own width when it falls short of the set's largest, so a 1,200-pixel photo is served at 1,200.
    /// </summary>
    public static IReadOnlyList<int> Widths(CropRect region, IReadOnlyList<int> widths)
    {
        var fitting = widths.Where(w => w <= region.Width).Order().ToList();
        if (region.Width < widths.Max() && !fitting.Contains(region.Width))
            fitting.Add(region.Width);
        return fitting;
    }

    private static int Place(double focal, int size, int cropSize)
    {
        var start = (int)Math.Round((Math.Clamp(focal, 0, 1) * size) - (cropSize / 2.0));
        return Math.Clamp(start, 0, size - cropSize);
    }
}

public readonly record struct CropRect(int Left, int Top, int Width, int Height);
