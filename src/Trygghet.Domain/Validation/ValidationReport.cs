using System.Globalization;
using System.Text;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Granskningsrapport (validation report): the findings for one document as of a date. Only errors on a law
/// basis make a document unlawful (<see cref="IsCompliant"/>); the document's own commitments not kept are
/// listed apart (<see cref="CommitmentsNotKept"/>).
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

    /// <summary>
    /// Följer lagen (lawful): true when no finding is an error on a law basis. Warnings, information and
    /// findings on the document's own commitments or on guidance do not make a document unlawful.
    /// </summary>
    public bool IsCompliant => !Findings.Any(f => f.IsUnlawful);

    /// <summary>
    /// Åtaganden som inte hålls (the document's own commitments not kept): the findings on a
    /// <see cref="BasisKind.Document"/> basis with warning or error severity.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ValidationFinding> CommitmentsNotKept =>
        Findings.Where(f => f.BasisKind == BasisKind.Document && f.Severity >= Severity.Warning);

    /// <summary>Håller sina åtaganden (keeps its own commitments): no <see cref="CommitmentsNotKept"/>.</summary>
    public bool KeepsItsCommitments => !CommitmentsNotKept.Any();

    /// <summary>The findings on one kind of basis.</summary>
    /// <param name="kind">Law, document or guidance.</param>
    /// <returns>Those findings, in report order.</returns>
    public IEnumerable<ValidationFinding> FindingsOn(BasisKind kind) => Findings.Where(f => f.BasisKind == kind);

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

    /// <summary>One line: kind, title, date, counts, whether it is lawful and keeps its own commitments, in the reader's language.</summary>
    /// <param name="culture">The reader's culture; Swedish when null.</param>
    /// <returns>The summary line.</returns>
    public string Summary(CultureInfo? culture) => SummaryIn(MessageCatalogue.For(culture));

    /// <summary>The summary line in a catalogue's language (see <see cref="Summary(CultureInfo?)"/>).</summary>
    /// <param name="catalogue">The language's catalogue.</param>
    /// <returns>The summary line.</returns>
    public string SummaryIn(MessageCatalogue catalogue)
    {
        Guard.Against.Null(catalogue);
        var names = SeverityText.Of(DocumentKind);
        var kind = catalogue.Word($"DocumentKind.{DocumentKind}") ?? (catalogue.Language == "en" ? names.English : names.Swedish);
        var broken = CommitmentsNotKept.Count();
        var commitments = broken == 0
            ? Word(catalogue, "Report.CommitmentsKept")
            : catalogue.Format(Word(catalogue, "Report.CommitmentsNotKept"), [new("count", broken)]);
        return catalogue.Format(Word(catalogue, "Report.Summary"), [
            new("kind", char.ToUpperInvariant(kind[0]) + kind[1..]),
            new("title", Title),
            new("date", AsOf),
            new("errors", ErrorCount),
            new("warnings", WarningCount),
            new("infos", InfoCount),
            new("compliance", Word(catalogue, IsCompliant ? "Report.Compliant" : "Report.NotCompliant") + "; " + commitments),
        ]);
    }

    /// <summary>The report for people: the summary, then each finding with its path and basis.</summary>
    /// <param name="culture">The reader's culture; Swedish when null, English for English cultures.</param>
    /// <returns>Several lines of text.</returns>
    public string Render(CultureInfo? culture) => RenderIn(MessageCatalogue.For(culture));

    /// <summary>The report in a catalogue's language (see <see cref="Render(CultureInfo?)"/>).</summary>
    /// <param name="catalogue">The language's catalogue, e.g. one made with <see cref="MessageCatalogue.Create"/>.</param>
    /// <returns>Several lines of text.</returns>
    public string RenderIn(MessageCatalogue catalogue)
    {
        Guard.Against.Null(catalogue);
        var english = catalogue.Language == "en";
        var text = new StringBuilder().AppendLine(SummaryIn(catalogue));
        foreach (var finding in Findings)
        {
            var severity = catalogue.FormatValue(finding.Severity).ToUpperInvariant();
            var path = finding.Path.Length == 0 ? string.Empty : " " + finding.Path;
            text.Append("  ").Append(severity).Append(' ').Append(finding.RuleId).Append(path).Append(": ").AppendLine(finding.MessageIn(catalogue));
            text.Append("      ").Append(Word(catalogue, "Report.Basis")).Append(" (").Append(catalogue.FormatValue(finding.BasisKind)).Append("): ")
                .AppendLine(english ? finding.Basis.English : finding.Basis.Swedish);
        }

        return text.ToString();
    }

    /// <summary>The report in Swedish (see <see cref="Render(CultureInfo?)"/>).</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString() => Render(null);

    private static string Word(MessageCatalogue catalogue, string key) =>
        catalogue.Word(key) ?? MessageCatalogue.Swedish.Word(key) ?? key;

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
