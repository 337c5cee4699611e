using System.Globalization;
using CareerGuide.Content;
using CareerGuide.Web.Formatting;

namespace CareerGuide.Web.Pages.Roles;

/// <summary>The geometry of the salary-by-level bar chart: one row per level, a median bar and an average bar.</summary>
public sealed record SalaryChart(int Width, int Height, IReadOnlyList<SalaryChart.Row> Rows)
{
    public sealed record Row(string Level, int LabelY, Bar Median, Bar? Average);

    public sealed record Bar(int Y, string Width, string Label, string LabelX);

    private const int ChartWidth = 640;
    private const int LabelSpace = 92;
    private const int RowHeight = 62;
    private const int BarHeight = 16;

    public static SalaryChart Build(IReadOnlyList<SalaryLevel> levels)
    {
        var top = levels.Max(l => Math.Max(l.Median.Amount, l.Average?.Amount ?? 0));
        var scale = top == 0 ? 0 : (ChartWidth - LabelSpace) / (double)top;
        var rows = levels.Select((level, i) =>
        {
            var y = i * RowHeight;
            return new Row(
                level.Level,
                y + 14,
                MakeBar(level.Median, y + 20, scale),
                level.Average is { } average ? MakeBar(average, y + 20 + BarHeight + 4, scale) : null);
        }).ToList();
        return new SalaryChart(ChartWidth, levels.Count * RowHeight, rows);
    }

    private static Bar MakeBar(Money amount, int y, double scale)
    {
        var width = Math.Max(2, (double)amount.Amount * scale);
        return new Bar(y, Number(width), Display.Money(amount), Number(width + 6));
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
