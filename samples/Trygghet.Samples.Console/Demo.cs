using System.Globalization;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;
using static Trygghet.Samples.Console.HumanText;

namespace Trygghet.Samples.Console;

/// <summary>
/// No arguments: a tour of the seed documents (a summary of each and its findings as of the catalogue's date for it),
/// then the deadline chain of the Trygghetsutskottet protocol of 2020-11-20. Always exits 0: it is a demonstration,
/// not a verdict (use <c>validate</c> for an exit code).
/// </summary>
internal static class Demo
{
    public static int Run(bool json, Invocation context)
    {
        var stdout = context.Out;
        var documents = SeedCatalogue.Documents;
        if (json)
        {
            JsonOutput.Write(stdout, w =>
            {
                w.WriteStartArray();
                foreach (var seed in documents)
                {
                    var report = TrygghetValidator.Default.Validate(seed.Document, seed.AsOf);
                    w.WriteStartObject();
                    w.WriteString("document", seed.Name);
                    w.WriteString("kind", TrygghetJson.KindName(seed.Document.Kind));
                    w.WriteString("asOf", ConsoleApp.Date(seed.AsOf));
                    JsonOutput.Findings(w, report.Findings);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
            return ConsoleApp.Ok;
        }

        var c = context.Culture;
        Wrapped(stdout, T(
            c,
            $"Trygghet.Domain: {RuleCatalogue.Entries.Length} regler prövade på {documents.Length} exempeldokument, vart och ett per ett datum som visar dess läge.",
            $"Trygghet.Domain: {RuleCatalogue.Entries.Length} rules applied to {documents.Length} seed documents, each as of a date that shows its state."), string.Empty, string.Empty);
        for (var i = 0; i < documents.Length; i++)
        {
            var seed = documents[i];
            var report = TrygghetValidator.Default.Validate(seed.Document, seed.AsOf);
            stdout.WriteLine();
            var kind = SeverityText.Of(seed.Document.Kind).Get(c);
            stdout.WriteLine($"{i + 1}/{documents.Length}  {char.ToUpperInvariant(kind[0])}{kind[1..]}  [{seed.Name}]");
            Wrapped(stdout, seed.Document.Title, "    ", "    ");
            foreach (var fact in Summary(seed.Document, c))
            {
                Wrapped(stdout, fact, "    ", "      ");
            }

            var counts = T(
                c,
                $"{report.ErrorCount} fel, {report.WarningCount} {(report.WarningCount == 1 ? "varning" : "varningar")}, {report.InfoCount} {(report.InfoCount == 1 ? "upplysning" : "upplysningar")}",
                $"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info");
            var lawNote = report.EvaluationDate != report.AsOf
                ? T(c, $" (lag per sammanträdet {ConsoleApp.Date(report.EvaluationDate)})", $" (law as on the meeting day {ConsoleApp.Date(report.EvaluationDate)})")
                : string.Empty;
            Wrapped(stdout, $"{T(c, "Granskat per", "Validated as of")} {ConsoleApp.Date(seed.AsOf)}{lawNote}: {counts}", "    ", "      ");
            if (context.Terminal is { } terminal)
            {
                RichText.Findings(terminal, report.Findings, c);
            }
            else
            {
                HumanText.Findings(stdout, report.Findings, c, "    ");
            }
        }

        var protocol = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var deadlines = DeadlineCalculator.Default.Calculate(
            protocol.Meeting.Date, protocol.Attestation?.Date, protocol.Notice?.Posted, protocol.Notice?.Removed, protocol.Meeting.Body.Kind);
        stdout.WriteLine();
        Wrapped(stdout, T(
            c,
            $"Fristerna för {protocol.Title}:",
            $"The deadlines of {protocol.Title}:"), string.Empty, "  ");
        if (context.Terminal is { } chainTerminal)
        {
            RichText.Chain(chainTerminal, deadlines, c);
        }
        else
        {
            DeadlinesCommand.Write(stdout, deadlines, c);
        }
        return ConsoleApp.Ok;
    }

    /// <summary>A few lines on a document: identifiers, dates and what it contains.</summary>
    private static IEnumerable<string> Summary(IDocument document, CultureInfo c) => document switch
    {
        CooperationAgreement a =>
        [
            $"{T(c, "Diarienummer", "Case number")} {a.CaseNumber}; {T(c, "giltig", "valid")} {a.Validity}{Dated(a.Date, c)}",
            Counts(c, (a.Parties.Count, "parter", "parties"), (a.Signatories.Count, "undertecknare", "signatories"),
                (a.Areas.Count, "samverkansområden", "areas"), (a.Areas.Sum(x => x.Commitments.Count), "åtaganden", "commitments"),
                (a.ActionPlan?.Measures.Count ?? 0, "åtgärder i handlingsplanen", "action plan measures"), (a.FollowUps.Count, "uppföljningar", "follow-ups")),
        ],
        CitizenPromise p =>
        [
            $"{T(c, "Diarienummer", "Case number")} {p.CaseNumber}; {T(c, "giltigt", "valid")} "
                + $"{(p.Validity.Start is { } s ? ConsoleApp.Date(s) : T(c, "från beslutet", "from the decision"))}..{ConsoleApp.Date(p.Validity.End)}{Dated(p.Date, c)}",
            Counts(c, (p.Parties.Count, "parter", "parties"), (p.Commitments.Count, "löften", "commitments"), (p.Activities.Count, "genomförda aktiviteter", "recorded activities")),
        ],
        AgreementPortfolio f =>
        [
            Counts(c, (f.Agreements.Count, "överenskommelser", "agreements"), (f.Promises.Count, "medborgarlöften", "citizen promises")),
        ],
        Protocol p =>
        [
            $"{p.Meeting.Body.Name} ({Body(p.Meeting.Body.Kind, c)}), {T(c, "sammanträde", "meeting")} {ConsoleApp.Date(p.Meeting.Date)}; "
                + $"{T(c, "justerat", "attested")} {Optional(p.Attestation?.Date, c)}, {T(c, "anslaget", "notice posted")} {Optional(p.Notice?.Posted, c)}",
            Counts(c, (p.Paragraphs.Count, "paragrafer", "paragraphs"), (p.Meeting.ServingCount, "tjänstgörande", "serving"),
                (p.Paragraphs.Sum(x => x.Motions.Count), "yrkanden", "motions")),
        ],
        ProtocolExtract e =>
        [
            $"{e.Meeting.Body.Name} ({Body(e.Meeting.Body.Kind, c)}), {T(c, "sammanträde", "meeting")} {ConsoleApp.Date(e.Meeting.Date)}; "
                + $"{T(c, "bestyrkt", "certified")} {Optional(e.Certification?.Date, c)}",
            Counts(c, (e.Paragraphs.Count, "paragrafer", "paragraphs"), (e.Paragraphs.Sum(x => x.Motions.Count), "yrkanden", "motions")),
        ],
        ActionProgramme p =>
        [
            $"{p.Municipality}; {T(c, "diarienummer", "case number")} {p.CaseNumber?.ToString() ?? "-"}; {T(c, "antagen", "adopted")} "
                + $"{Optional(p.AdoptedOn, c)}; {T(c, "period", "span")} {p.Span?.ToString() ?? "-"}",
            Counts(c, (p.FocusAreas.Count, "fokusområden", "focus areas"), (p.FocusAreas.Sum(x => x.Activities.Count), "aktiviteter", "activities"),
                (p.Handling.Count, "handläggningssteg", "handling steps")),
        ],
        PublicCivicPartnership p =>
        [
            $"{p.Municipality} {T(c, "med", "with")} {p.Partner.Name}; {T(c, "skede", "stage")}: {Stage(p.Stage, c)}",
            $"{T(c, "Diarienummer", "Case number")} {p.CaseNumber?.ToString() ?? "-"}; {T(c, "beslutat", "decided")} {Optional(p.DecidedOn, c)}; "
                + $"{T(c, "giltigt", "valid")} {p.Validity?.ToString() ?? "-"}",
        ],
        AppropriationDecision d =>
        [
            $"{d.Body} § {d.Paragraph}, {T(c, "diarienummer", "case number")} {d.CaseNumber}; {T(c, "beslutat", "decided")} {Optional(d.DecisionDate, c)}",
            Counts(c, (d.Appropriations.Count, "anslag", "appropriations"), (d.Areas.Count, "fördelningsområden", "allocation areas"),
                (d.Measures.Count, "åtgärder", "measures"), (d.RecordedFollowUps.Count, "uppföljningar", "follow-ups")),
        ],
        SafetyCouncilReport r =>
        [
            $"{r.Council}, {r.Municipality}; {T(c, "diarienummer", "case number")} {r.CaseNumber}; {T(c, "period", "period")} {r.ReportingPeriod}",
            Counts(c, (r.Meetings.Count, "rådsmöten", "council meetings"), (r.Dialogues.Count, "medborgardialoger", "citizen dialogues"),
                (r.Submissions.Count, "inlämnade rapporter", "report submissions")),
        ],
        _ => [],
    };

    private static string Counts(CultureInfo c, params (int Count, string Swedish, string English)[] counts) =>
        string.Join(", ", counts.Select(x => $"{T(c, x.Swedish, x.English)}: {x.Count}"));

    private static string Dated(DateOnly? date, CultureInfo c) => date is { } d ? $"; {T(c, "daterad", "dated")} {ConsoleApp.Date(d)}" : string.Empty;

    private static string Optional(DateOnly? date, CultureInfo c) => date is { } d ? ConsoleApp.Date(d) : T(c, "ej angivet", "not given");

    private static string Stage(PartnershipStage stage, CultureInfo c) => stage switch
    {
        PartnershipStage.Investigation => T(c, "utredning", "investigation"),
        PartnershipStage.Proposal => T(c, "förslag", "proposal"),
        _ => T(c, "avtal", "agreement"),
    };
}
