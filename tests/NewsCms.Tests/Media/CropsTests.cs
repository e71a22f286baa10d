using NewsCms.Core.Media;

namespace NewsCms.Tests.Media;

public sealed class CropsTests
{
    private static readonly int[] Widths = [320, 640, 960, 1280, 1600, 2400];

    [Fact]
    public void A_centred_focal_point_crops_the_middle()
    {
        Assert.Equal(new CropRect(0, 38, 1200, 675), Crops.Region(MediaCrop.Wide, 1200, 750, 0.5, 0.5));
        Assert.Equal(new CropRect(200, 0, 800, 800), Crops.Region(MediaCrop.Square, 1200, 800, 0.5, 0.5));
    }

    [Fact]
    public void The_crop_follows_the_focal_point_but_never_leaves_the_picture()
    {
        Assert.Equal(new CropRect(0, 0, 800, 800), Crops.Region(MediaCrop.Square, 1200, 800, 0.1, 0.5));
        Assert.Equal(new CropRect(400, 0, 800, 800), Crops.Region(MediaCrop.Square, 1200, 800, 1.0, 0.5));
        Assert.Equal(new CropRect(350, 0, 800, 800), Crops.Region(MediaCrop.Square, 1200, 800, 0.625, 0.9));
    }

    [Fact]
    public void A_portrait_picture_is_cropped_top_to_bottom_around_the_focal_point()
    {
        Assert.Equal(new CropRect(0, 0, 600, 338), Crops.Region(MediaCrop.Wide, 600, 1000, 0.5, 0.1));
        Assert.Equal(new CropRect(0, 475, 600, 450), Crops.Region(MediaCrop.Standard, 600, 1000, 0.5, 0.7));
    }

    [Fact]
    public void The_original_crop_is_the_whole_picture()
    {
        Assert.Equal(new CropRect(0, 0, 640, 480), Crops.Region(MediaCrop.Original, 640, 480, 0.9, 0.9));
    }

    [Fact]
    public void Widths_are_never_upscaled_and_include_the_crops_own_width_below_the_largest()
    {
        Assert.Equal([320, 640, 960, 1200], Crops.Widths(new CropRect(0, 0, 1200, 800), Widths));
        Assert.Equal([320, 640, 960, 1280, 1600, 2400], Crops.Widths(new CropRect(0, 0, 6000, 4000), Widths));
        Assert.Equal([200], Crops.Widths(new CropRect(0, 0, 200, 200), Widths));
        Assert.Equal([320, 640], Crops.Widths(new CropRect(0, 0, 640, 360), Widths));
    }

    [Fact]
    public void Crop_names_in_urls_go_both_ways()
    {
        foreach (var crop in Crops.All)
            Assert.Equal(crop, Crops.FromUrlName(Crops.UrlName(crop)));
        Assert.Null(Crops.FromUrlName("3x2"));
    }

    [Fact]
    public void A_new_focal_point_changes_the_fingerprint()
    {
        var hash = new string('a', 64);
        Assert.Equal(RenditionFingerprint.Of(hash, 0.5, 0.5), RenditionFingerprint.Of(hash, 0.5, 0.5));
        Assert.NotEqual(RenditionFingerprint.Of(hash, 0.5, 0.5), RenditionFingerprint.Of(hash, 0.6, 0.5));
        Assert.Equal(12, RenditionFingerprint.Of(hash, 0.5, 0.5).Length);
    }
}
