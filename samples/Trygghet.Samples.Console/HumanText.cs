using System.Globalization;
using System.Text;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules.Runtime;

namespace Trygghet.Samples.Console;

/// <summary>Readable output shared by the commands: findings grouped by severity, wrapped to 100 columns.</summary>
internal static class HumanText
{
    public const int Width = 100;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Swedish or English text by the reader's culture.</summary>
    public static string T(CultureInfo culture, string swedish, string english) => ConsoleApp.IsEnglish(culture) ? english : swedish;

    /// <summary>Writes the findings grouped by severity (errors first), or a line saying there are none.</summary>
    public static void Findings(TextWriter stdout, IReadOnlyCollection<ValidationFinding> findings, CultureInfo culture, string indent = "  ")
    {
        if (findings.Count == 0)
        {
            stdout.WriteLine(indent + T(culture, "Inga iakttagelser.", "No findings."));
            return;
        }

        foreach (var group in findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            var heading = group.Key switch
            {
                Severity.Error => T(culture, "Fel", "Errors"),
                Severity.Warning => T(culture, "Varningar", "Warnings"),
                _ => T(culture, "Upplysningar", "Information"),
            };
            stdout.WriteLine($"{indent}{heading} ({group.Count()}):");
            // the engine reports one RULE-NO-VERSION per rule: list their messages under one heading
            var noVersion = group.Where(f => f.RuleId == EngineFindings.NoVersionInForce.Id).ToList();
            if (noVersion.Count > 0)
            {
                stdout.WriteLine($"{indent}  - {noVersion[0].RuleId} ({noVersion.Count})");
                foreach (var finding in noVersion)
                {
                    Wrapped(stdout, finding.Message.Get(culture), indent + "    ", indent + "      ");
                }

                Wrapped(stdout, T(culture, "Grund: ", "Basis: ") + noVersion[0].Basis.Get(culture), indent + "    ", indent + "      ");
            }

            foreach (var finding in group.Where(f => f.RuleId != EngineFindings.NoVersionInForce.Id))
            {
                var where = finding.Path.Length == 0 ? string.Empty : " @ " + finding.Path;
                Wrapped(stdout, $"{finding.RuleId}{where}", indent + "  - ", indent + "    ");
                Wrapped(stdout, finding.Message.Get(culture), indent + "    ", indent + "    ");
                Wrapped(stdout, T(culture, "Grund: ", "Basis: ") + finding.Basis.Get(culture), indent + "    ", indent + "      ");
            }
        }
    }

    /// <summary>Writes text word-wrapped to <see cref="Width"/> columns.</summary>
    public static void Wrapped(TextWriter stdout, string text, string firstIndent, string indent)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                stdout.WriteLine(line.ToString());
                line.Clear().Append(indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        stdout.WriteLine(line.ToString());
    }

    /// <summary>The kind of body in words, e.g. "utskott" / "sub-committee".</summary>
    public static string Body(BodyKind body, CultureInfo culture) => body switch
    {
        BodyKind.Council => T(culture, "kommunfullmäktige", "municipal council"),
        BodyKind.ExecutiveBoard => T(culture, "kommunstyrelse", "executive board"),
        BodyKind.SubCommittee => T(culture, "utskott", "sub-committee"),
        _ => T(culture, "nämnd", "committee"),
    };

    /// <summary>A date with its weekday, e.g. "2020-12-04 (fredag)".</summary>
    public static string Day(DateOnly date, CultureInfo culture) =>
        $"{ConsoleApp.Date(date)} ({date.ToString("dddd", ConsoleApp.IsEnglish(culture) ? English : Swedish)})";

    /// <summary>Why a day is not a working day under Lag (1930:173): the holiday, the eve, or the weekday.</summary>
    public static string NonWorkingReason(DateOnly date, CultureInfo culture)
    {
        if (SwedishCalendar.HolidayOn(date) is { } holiday)
        {
            return holiday.Name.Get(culture);
        }

        if (date == SwedishCalendar.MidsummerEve(date.Year))
        {
            return T(culture, "midsommarafton", "Midsummer Eve");
        }

        return (date.Month, date.Day) switch
        {
            (12, 24) => T(culture, "julafton", "Christmas Eve"),
            (12, 31) => T(culture, "nyårsafton", "New Year's Eve"),
            _ => date.ToString("dddd", ConsoleApp.IsEnglish(culture) ? English : Swedish),
        };
    }
}
