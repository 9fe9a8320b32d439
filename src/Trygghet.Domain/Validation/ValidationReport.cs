using System.Globalization;
using System.Text;
using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Granskningsrapport (validation report): the findings for one document as of a date. Only error-severity
/// findings make a document non-compliant; warnings and information do not.
/// </summary>
/// <remarks>
/// Immutable; record equality (findings compare element by element). Findings are ordered by severity (errors
/// first), then rule id, then path. Printable with <see cref="Render(CultureInfo?)"/>; serialisable with
/// <c>Trygghet.Domain.Serialization.ValidationReportJson</c>.
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Dokumenttyp (the kind of document validated).</summary>
    public required DocumentKind DocumentKind { get; init; }

    /// <summary>Rubrik (the document's title).</summary>
    public required string Title { get; init; }

    /// <summary>Per datum (the as-of date: "today" for the rules).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Tillämpningsdatum (the date whose law versions applied: a protocol's meeting date, else the as-of date).</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>Iakttagelser (the findings), errors first.</summary>
    public required EquatableArray<ValidationFinding> Findings { get; init; }

    /// <summary>Uppfyller kraven (compliant): true when no finding has error severity.</summary>
    public bool IsCompliant => ErrorCount == 0;

    /// <summary>Antal fel (the number of error findings).</summary>
    public int ErrorCount => Count(Severity.Error);

    /// <summary>Antal varningar (the number of warnings).</summary>
    public int WarningCount => Count(Severity.Warning);

    /// <summary>Antal upplysningar (the number of information findings).</summary>
    public int InfoCount => Count(Severity.Info);

    /// <summary>The findings of one severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>Those findings, in report order.</returns>
    public IEnumerable<ValidationFinding> FindingsOf(Severity severity) => Findings.Where(f => f.Severity == severity);

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>Those findings, in report order.</returns>
    public IEnumerable<ValidationFinding> FindingsFor(string ruleId) => Findings.Where(f => f.RuleId == ruleId);

    /// <summary>One line: kind, title, date and counts, in the reader's language.</summary>
    /// <param name="culture">The reader's culture; Swedish when null.</param>
    /// <returns>The summary line.</returns>
    public string Summary(CultureInfo? culture)
    {
        var english = culture is not null && culture.TwoLetterISOLanguageName == "en";
        var kind = SeverityText.Of(DocumentKind).Get(culture);
        var date = AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return english
            ? $"{char.ToUpperInvariant(kind[0])}{kind[1..]} \"{Title}\" as of {date}: {ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info; {(IsCompliant ? "compliant" : "not compliant")}."
            : $"{char.ToUpperInvariant(kind[0])}{kind[1..]} \"{Title}\" per {date}: {ErrorCount} fel, {WarningCount} varningar, {InfoCount} upplysningar; {(IsCompliant ? "uppfyller kraven" : "uppfyller inte kraven")}.";
    }

    /// <summary>The report for people: the summary, then each finding with its path and basis.</summary>
    /// <param name="culture">The reader's culture; Swedish when null, English for English cultures.</param>
    /// <returns>Several lines of text.</returns>
    public string Render(CultureInfo? culture)
    {
        var english = culture is not null && culture.TwoLetterISOLanguageName == "en";
        var text = new StringBuilder().AppendLine(Summary(culture));
        foreach (var finding in Findings)
        {
            text.Append("  ").AppendLine(finding.Render(culture));
            text.Append("      ").Append(english ? "Basis: " : "Grund: ").AppendLine(finding.Basis.Get(culture));
        }

        return text.ToString();
    }

    /// <summary>The report in Swedish (see <see cref="Render(CultureInfo?)"/>).</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString() => Render(null);

    private int Count(Severity severity)
    {
        var n = 0;
        foreach (var finding in Findings)
        {
            if (finding.Severity == severity)
            {
                n++;
            }
        }

        return n;
    }
}
