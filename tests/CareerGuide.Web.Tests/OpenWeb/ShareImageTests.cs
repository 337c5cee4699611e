using System.Buffers.Binary;
using System.Net;
using CareerGuide.Testing;
using CareerGuide.Web.Tests.Infrastructure;

namespace CareerGuide.Web.Tests.OpenWeb;

/// <summary>Each published role has a generated PNG for link previews, the size its page announces, cached by browsers and proxies.</summary>
public sealed class ShareImageTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Share_image_is_a_png_of_the_size_the_role_page_announces()
    {
        var client = site.Factory.CreateClient();
        var page = await client.GetPageAsync($"/roles/{SampleSiteFixture.SupportSpecialist}");

        using var response = await client.ExpectAsync(page.Meta("og:image")!, HttpStatusCode.OK, "image/png");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal((int.Parse(page.Meta("og:image:width")!), int.Parse(page.Meta("og:image:height")!)), Size(png));
        Assert.InRange(png.Length, 5_000, 1_000_000);
    }

    [Fact]
    public async Task Share_image_may_be_cached_publicly_for_at_least_an_hour()
    {
        using var response = await site.Factory.CreateClient()
            .ExpectAsync($"/roles/{SampleSiteFixture.DataAnalyst}/share.png", HttpStatusCode.OK, "image/png");

        var cache = response.Headers.CacheControl;

        Assert.True(cache?.Public, $"Cache-Control: {cache}");
        Assert.InRange(cache!.MaxAge ?? TimeSpan.Zero, TimeSpan.FromHours(1), TimeSpan.FromDays(365));
    }

    [Theory]
    [InlineData(SampleSiteFixture.Draft)]
    [InlineData("no-such-role")]
    public async Task Share_image_of_a_draft_or_unknown_role_is_not_found(string slug)
    {
        using var response = await site.Factory.CreateClient().GetAsync(new Uri($"/roles/{slug}/share.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Editing_the_guide_gives_a_new_image_at_the_same_address()
    {
        await using var test = CareerGuideFactory.WithTestContent();
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").Build());
        var client = test.CreateClient();
        var before = await client.GetByteArrayAsync(new Uri("/roles/support-specialist/share.png", UriKind.Relative));
        test.WriteGuide("support-specialist", new GuideBuilder("Support Specialist").With("title", "Senior Support Specialist").Build());

        await test.IngestAsync();
        var after = await client.GetByteArrayAsync(new Uri("/roles/support-specialist/share.png", UriKind.Relative));

        Assert.Equal(PngSignature, after[..8]);
        Assert.NotEqual(before, after);
    }

    /// <summary>Width and height from the IHDR chunk, which PNG requires right after the signature.</summary>
    private static (int Width, int Height) Size(byte[] png)
    {
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
