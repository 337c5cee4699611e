using SkiaSharp;

namespace CareerGuide.Web.Site;

/// <summary>Draws a role's 1200×630 link-preview image: the site name, the role's title and its median salary.</summary>
public sealed class ShareImageRenderer : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;
    private const int Margin = 80;
    private readonly SKTypeface _bold;
    private readonly SKTypeface _regular;

    public ShareImageRenderer(IHostEnvironment environment)
    {
        var fonts = Path.Combine(AppContext.BaseDirectory, "Assets", "Fonts");
        _bold = SKTypeface.FromFile(Path.Combine(fonts, "DejaVuSans-Bold.ttf"));
        _regular = SKTypeface.FromFile(Path.Combine(fonts, "DejaVuSans.ttf"));
        ArgumentNullException.ThrowIfNull(_bold, $"font in {fonts} ({environment.ApplicationName})");
    }

    public byte[] Render(string title, string? salaryLine)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xFB, 0xFA, 0xF7));
        using (var band = new SKPaint { Color = new SKColor(0x0B, 0x5C, 0xAD) })
        {
            canvas.DrawRect(0, 0, Width, 18, band);
        }

        using var ink = new SKPaint { Color = new SKColor(0x1D, 0x23, 0x30), IsAntialias = true };
        using var muted = new SKPaint { Color = new SKColor(0x4F, 0x58, 0x68), IsAntialias = true };
        using var accent = new SKPaint { Color = new SKColor(0x0B, 0x5C, 0xAD), IsAntialias = true };
        canvas.DrawText("CareerGuide", Margin, 120, new SKFont(_bold, 40), accent);

        var titleFont = new SKFont(_bold, 84);
        var y = 250f;
        foreach (var line in Wrap(title, titleFont, Width - (2 * Margin)).Take(3))
        {
            canvas.DrawText(line, Margin, y, titleFont, ink);
            y += 100;
        }

        if (salaryLine is not null)
        {
            canvas.DrawText(salaryLine, Margin, Height - 90, new SKFont(_regular, 44), muted);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Greedy word wrap by measured width.</summary>
    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (font.MeasureText(candidate) > width && current.Length > 0)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    public void Dispose()
    {
        _bold.Dispose();
        _regular.Dispose();
    }
}
