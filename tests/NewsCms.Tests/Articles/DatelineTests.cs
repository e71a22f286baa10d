using NewsCms.Core.Articles;

namespace NewsCms.Tests.Articles;

public class DatelineTests
{
    [Fact]
    public void A_wire_dateline_is_read_as_place_and_source()
    {
        var dateline = Dateline.Parse("NEW YORK (AP)");

        Assert.Equal("NEW YORK", dateline.Place);
        Assert.Equal("AP", dateline.Source);
    }

    [Fact]
    public void A_dateline_without_a_source_is_just_a_place()
    {
        Assert.Equal(new Dateline("WASHINGTON", null), Dateline.Parse(" WASHINGTON "));
    }

    [Theory]
    [InlineData("NEW YORK", "AP", "NEW YORK (AP)")]
    [InlineData("WASHINGTON", null, "WASHINGTON")]
    [InlineData("ST. PAUL, Minn.", "Reuters", "ST. PAUL, Minn. (Reuters)")]
    public void House_style_prints_place_then_source_in_brackets(string place, string? source, string printed)
    {
        var dateline = new Dateline(place, source);

        Assert.Equal(printed, dateline.ToString());
        Assert.Equal(dateline, Dateline.Parse(printed));
    }

    [Theory]
    [InlineData(null, "AP")]
    [InlineData("", null)]
    [InlineData("   ", "AP")]
    public void No_place_means_no_dateline(string? place, string? source)
    {
        Assert.Null(Dateline.From(place, source));
    }

    [Fact]
    public void Form_input_is_trimmed_and_a_blank_source_dropped()
    {
        Assert.Equal(new Dateline("PARIS", null), Dateline.From("  PARIS ", "  "));
        Assert.Equal(new Dateline("PARIS", "AFP"), Dateline.From("PARIS", " AFP "));
    }
}
