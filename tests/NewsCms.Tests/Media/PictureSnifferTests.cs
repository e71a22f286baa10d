using System.Text;
using NewsCms.Core.Media;

namespace NewsCms.Tests.Media;

public sealed class PictureSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0 }, "gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "webp")]
    [InlineData(new byte[] { 0, 0, 0, 0x1C, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66, 0 }, "avif")]
    [InlineData(new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0 }, "heic")]
    public void Accepted_formats_are_known_by_their_first_bytes(byte[] head, string format)
    {
        Assert.Equal(format, PictureSniffer.Sniff(head).Format?.Name);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "SVG")]
    [InlineData("  <svg width=\"10\"></svg>", "SVG")]
    [InlineData("%PDF-1.7\n", "PDF")]
    [InlineData("MZ\u0090\u0000", "program")]
    [InlineData("\u007fELF\u0002\u0001", "program")]
    [InlineData("#!/bin/sh\nrm -rf /", "program")]
    [InlineData("RIFF\u0000\u0000\u0000\u0000WAVEfmt ", "not a picture")]
    [InlineData("", "empty")]
    public void Other_files_are_refused_with_a_reason(string content, string reason)
    {
        var sniffed = PictureSniffer.Sniff(Encoding.Latin1.GetBytes(content));

        Assert.Null(sniffed.Format);
        Assert.Contains(reason, sniffed.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Iptc_caption_and_credit_are_read()
    {
        byte[] Dataset(byte number, string value)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            return [0x1C, 2, number, (byte)(bytes.Length >> 8), (byte)bytes.Length, .. bytes];
        }

        var iptc = Dataset(80, "Jane Doe").Concat(Dataset(120, "Firefighters at the warehouse")).Concat(Dataset(110, "Agency")).ToArray();

        Assert.Equal(("Firefighters at the warehouse", "Agency"), EmbeddedCaptions.ReadIptc(iptc));
    }
}
