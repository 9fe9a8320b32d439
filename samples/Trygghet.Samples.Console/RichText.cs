using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;
using static Trygghet.Samples.Console.HumanText;

namespace Trygghet.Samples.Console;

/// <summary>
/// Output for a person at a terminal: the same content as <see cref="HumanText"/>, laid out as tables with severity in
/// colour (Spectre.Console). Used only when stdout is a terminal and neither NO_COLOR nor <c>--plain</c> asks for plain
/// text; redirected output and <c>--json</c> never come here.
/// </summary>
internal static class RichText
{
    /// <summary>
    /// True when output may be rich: stdout is not redirected and NO_COLOR is absent or empty (no-color.org: any
    /// non-empty value turns colour off; plain text goes with it, since tables without colour add nothing a pipe wants).
    /// </summary>
    public static bool Wanted(bool outputRedirected, string? noColor) => !outputRedirected && string.IsNullOrEmpty(noColor);

    /// <summary>The findings as one table, errors first: severity in colour, rule and path, message and basis.</summary>
    public static void Findings(IAnsiConsole terminal, IReadOnlyCollection<ValidationFinding> findings, CultureInfo c)
    {
        if (findings.Count == 0)
        {
            terminal.Write(new Text(T(c, "Inga iakttagelser.", "No findings.") + "\n", new Style(Color.Green)));
            return;
        }

        var table = NewTable(T(c, "Allvar", "Severity"), T(c, "Regel", "Rule"), T(c, "Iakttagelse och grund", "Finding and basis"));
        foreach (var finding in findings.OrderByDescending(f => f.Severity))
        {
            var rule = finding.Path.Length == 0 ? finding.RuleId : $"{finding.RuleId}\n{finding.Path}";
            table.AddRow(
                Severity(finding.Severity, c),
                new Text(rule),
                new Rows(new Text(finding.Message.Get(c)), new Text(T(c, "Grund: ", "Basis: ") + finding.Basis.Get(c), new Style(decoration: Decoration.Dim))));
        }

        terminal.Write(table);
    }

    /// <summary>The deadline chain as a table (step, day, what was recorded, basis), then its findings.</summary>
    public static void Chain(IAnsiConsole terminal, DeadlineReport report, CultureInfo c)
    {
        terminal.WriteLine(DeadlinesCommand.Heading(report.Chain, c));
        var table = NewTable("#", T(c, "Steg", "Step"), T(c, "Dag", "Day"), T(c, "Noterat", "Recorded"), T(c, "Grund", "Basis"));
        table.Columns[0].NoWrap = true;
        table.Columns[2].NoWrap = true;
        foreach (var row in DeadlinesCommand.Rows(report.Chain, c))
        {
            var recorded = row.Late switch
            {
                true => new Style(Color.Red),
                false => new Style(Color.Green),
                null => Style.Plain,
            };
            table.AddRow(
                new Text(row.Number.ToString(CultureInfo.InvariantCulture)),
                new Text(row.Name, new Style(decoration: Decoration.Bold)),
                new Text(row.When),
                new Text(row.Recorded, recorded),
                new Text(string.Join('\n', row.Notes), new Style(decoration: Decoration.Dim)));
        }

        terminal.Write(table);
        terminal.WriteLine();
        terminal.WriteLine(DeadlinesCommand.FindingsHeading(report, c));
        Findings(terminal, report.Findings, c);
    }

    /// <summary>The rule catalogue as a table: id, default severity in colour, name and basis.</summary>
    public static void Rules(IAnsiConsole terminal, CultureInfo c)
    {
        var table = NewTable("Id", T(c, "Allvar", "Severity"), T(c, "Regel och grund", "Rule and basis"));
        foreach (var rule in RuleCatalogue.Entries)
        {
            table.AddRow(
                new Text(rule.Id),
                Severity(rule.DefaultSeverity, c),
                new Rows(new Text(rule.Name.Get(c)), new Text(rule.Basis.Citation.Get(c), new Style(decoration: Decoration.Dim))));
        }

        terminal.Write(table);
    }

    private static Table NewTable(params string[] headings)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        foreach (var heading in headings)
        {
            table.AddColumn(new TableColumn(new Text(heading, new Style(decoration: Decoration.Bold))));
        }

        return table;
    }

    private static Text Severity(Severity severity, CultureInfo c) => new Text(
        SeverityText.Of(severity).Get(c),
        new Style(severity switch
        {
            Domain.Rules.Severity.Error => Color.Red,
            Domain.Rules.Severity.Warning => Color.Yellow,
            _ => Color.Blue,
        }));
}
