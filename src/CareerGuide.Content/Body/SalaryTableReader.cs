using CareerGuide.Content.Markdown;
using CareerGuide.Content.Values;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CareerGuide.Content.Body;

/// <summary>Reads the salary-by-level table: one row per level, with a median and optionally an average.</summary>
public static class SalaryTableReader
{
    private const string DefaultCurrency = "USD";

    /// <summary>Adds the table's rows to <paramref name="levels"/>; returns the prose before the table and gives the prose after it.</summary>
    public static List<Block> Read(HeadingBlock heading, List<Block> blocks, List<SalaryLevel> levels, out List<Block> trailing, DiagnosticBag diagnostics)
    {
        var index = blocks.FindIndex(block => block is Table);
        if (index < 0)
        {
            diagnostics.Error(heading.Line + 1, heading.Column + 1, "the salary section has no table: add one with the columns Level, US median and US average");
            trailing = [];
            return blocks;
        }

        ReadRows((Table)blocks[index], levels, diagnostics);
        trailing = blocks[(index + 1)..];
        return blocks[..index];
    }

    private static void ReadRows(Table table, List<SalaryLevel> levels, DiagnosticBag diagnostics)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        var titles = header?.OfType<TableCell>().Select(cell => InlineText.OfContainer(cell).ToLowerInvariant()).ToList() ?? [];
        var level = titles.FindIndex(t => t.Contains("level", StringComparison.Ordinal));
        var median = titles.FindIndex(t => t.Contains("median", StringComparison.Ordinal));
        var average = titles.FindIndex(t => t.Contains("average", StringComparison.Ordinal));
        if (level < 0 || median < 0)
        {
            var missing = level < 0 ? "Level" : "Median";
            diagnostics.Error(table.Line + 1, table.Column + 1, $"the salary table has no '{missing}' column: name the columns in the header row");
            return;
        }

        var number = 0;
        foreach (var row in rows.Where(row => !row.IsHeader))
        {
            number++;
            var cells = row.OfType<TableCell>().Select(InlineText.OfContainer).ToList();
            var name = Cell(cells, level);
            var location = (Line: row.Line + 1, Column: row.Column + 1);
            if (name.Length == 0)
            {
                diagnostics.Error(location.Line, location.Column, $"salary row {number}: the level has no name");
                continue;
            }

            if (!MoneyText.TryParse(Cell(cells, median), DefaultCurrency, out var medianPay))
            {
                diagnostics.Error(location.Line, location.Column, $"salary row {number} ('{name}'): the median \"{Cell(cells, median)}\" is not an amount of money");
                continue;
            }

            Money? averagePay = null;
            if (average >= 0 && Cell(cells, average).Length > 0)
            {
                if (!MoneyText.TryParse(Cell(cells, average), DefaultCurrency, out var parsed))
                {
                    diagnostics.Error(location.Line, location.Column, $"salary row {number} ('{name}'): the average \"{Cell(cells, average)}\" is not an amount of money");
                    continue;
                }

                averagePay = parsed;
            }

            levels.Add(new SalaryLevel(name, medianPay, averagePay));
        }

        if (number == 0)
        {
            diagnostics.Error(table.Line + 1, table.Column + 1, "the salary table has no rows: add one row per level");
        }
    }

    private static string Cell(List<string> cells, int index) => index < cells.Count ? cells[index] : "";
}
