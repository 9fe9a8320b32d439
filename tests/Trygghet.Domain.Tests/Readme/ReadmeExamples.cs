using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;
using Trygghet.Domain.Rules.Authoring;
using NRules.Fluent;
using Trygghet.Domain.NRules;
using NRulesRule = NRules.Fluent.Dsl.Rule;
using RuleMetadata = Trygghet.Domain.Rules.RuleMetadata;

namespace Trygghet.Domain.Tests.Readme;

// The README's C# snippets, verbatim between "// README" and "// /README" (ReadmeTests checks that each README
// block appears here and that what the snippets print matches the README's comments).
#pragma warning disable CA1050, CA1303, CA1822, CA1852, CA1307, CA1310, CA1305

public static class ReadmeExamples
{
    public static void ValidateAnAgreement()
    {
        // README
        // Samverkansöverenskommelsen 2022–2023 (KS 21/0531), as of the half-time follow-up meeting.
        var agreement = SeedCatalogue.CooperationAgreement2022;
        var report = TrygghetValidator.Default.Validate(agreement, new DateOnly(2022, 9, 9));

        Console.WriteLine(report.IsCompliant);            // True: no law is broken
        Console.WriteLine(report.KeepsItsCommitments);    // False: the agreement does not keep its own numbering
        var finding = report.FindingsFor("SOK-INSATSNUMMER").Single();
        Console.WriteLine(finding.Severity);              // Warning
        Console.WriteLine(finding.BasisKind);             // Document
        Console.WriteLine(finding.Basis.Swedish);         // KS 21/0531, åtgärdsplanens numrering av insatserna ("Insats A:N")
        Console.WriteLine(finding.Path);                  // $.actionPlan.measures[24].number
        Console.WriteLine(finding.Message.Swedish);       // Insats 3:6 står under område 4; numret ska vara unikt och börja med 4.
        Console.WriteLine(finding.Message.English);       // Measure 3:6 stands under area 4; its number must be unique and start with 4.
        // /README
    }

    public static void ValidateOnNRules()
    {
        // README
        // The same rules on NRules, with an NRules rule of your own beside them.
        var options = TrygghetValidatorOptions.Default.UseNRules(new RuleDefinitionFactory().Create(new TwoPartyAgreementRule()));
        var report = new TrygghetValidator(options).Validate(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));

        Console.WriteLine(report.FindingsFor("SOK-INSATSNUMMER").Single().Path);  // $.actionPlan.measures[24].number
        Console.WriteLine(report.FindingsFor("LOKAL-TVA-PARTER").Single().Message.English);
        // The agreement has 2 parties.
        // /README
    }

    public static void ValidateJson()
    {
        // README
        // A read result is the document or a JsonReadError (a OneOf union): TryPickT0 takes the document.
        var read = TrygghetJson.DeserializeFile("samples/documents/citizen-promise-2022.json");
        if (!read.TryPickT0(out var document, out var error))
        {
            // Never an exception for bad input: a message in both languages and the JSON path, e.g.
            // "$.validity.end: ..."
            Console.Error.WriteLine(error.Render(null));
            return;
        }

        var report = TrygghetValidator.Default.Validate(document, new DateOnly(2022, 9, 9));
        Console.WriteLine(report.Summary(null));
        // Medborgarlöfte "Medborgarlöfte i Upplands-Bro 2022-2024" per 2022-09-09: 0 fel, 1 varning, 0 upplysningar; följer lagen; 1 eget åtagande hålls inte.

        // Match handles both sides in one expression.
        var broken = TrygghetJson.Deserialize("""{"kind": "citizenPromise", "title": 7}""");
        Console.WriteLine(broken.Match(d => d.Kind.ToString(), e => e.Path!)); // $.title

        // Text parses the same way: CaseNumber, DateRange and MeasureNumber have TryParse returning a ParseResult.
        Console.WriteLine(CaseNumber.TryParse("KS 20/06x0").Match(n => n.Registry, e => e.Render(null)));
        // 'KS 20/06x0' är inget diarienummer: löpnumret efter snedstrecket ska vara 1-6 siffror. Felet står vid tecken 9.
        // /README
    }

    public static void CalendarAndNotice()
    {
        // README
        // The chain of the 2020-11-20 meeting as calendar events; the stamp is when the file is made.
        var chain = ProcedureDeadlines.Compute(new DateOnly(2020, 11, 20), new DateOnly(2020, 11, 25), new DateOnly(2020, 11, 25));
        var ics = DeadlineCalendar.ToICalendar(chain, new DateTimeOffset(2020, 11, 25, 9, 0, 0, TimeSpan.Zero), "Trygghetsutskottet");
        Console.WriteLine(ics.Split("\r\n")[0]);                         // BEGIN:VCALENDAR

        // The notice of the seed protocol's justering, and a feed of the notices up on a day.
        var notice = NoticeBoardEntry.For(SeedCatalogue.SafetyCommitteeProtocol20201120);
        Console.WriteLine(notice.ProtocolKeptAt);                         // Kommunledningskontoret
        Console.WriteLine(notice.AppealPeriodEnds.ToString("yyyy-MM-dd")); // 2020-12-16
        var feed = NoticeBoard.ToJsonFeed([notice], new DateOnly(2020, 12, 1), "Upplands-Bro kommuns anslagstavla");
        // /README
        _ = feed;
    }

    public static void ComputeDeadlines()
    {
        // README
        // A meeting on 2022-12-10: the fourteenth day is julafton, then juldagen and annandag jul.
        var plan = DeadlineCalculator.Default.Calculate(new DateOnly(2022, 12, 10));
        Console.WriteLine(plan.Chain.AttestationDeadline.Date.ToString("yyyy-MM-dd"));   // 2022-12-27

        // Trygghetsutskottet 2020-11-20: attested and posted 2020-11-25.
        var report = DeadlineCalculator.Default.Calculate(
            new DateOnly(2020, 11, 20), attested: new DateOnly(2020, 11, 25), posted: new DateOnly(2020, 11, 25));
        Console.WriteLine(report.Chain.AppealPeriodEnds.Date.ToString("yyyy-MM-dd"));    // 2020-12-16
        Console.WriteLine(report.Chain.LegallyFinalFrom?.ToString("yyyy-MM-dd"));        // 2020-12-17
        Console.WriteLine(report.Findings.Count);                                         // 0

        // Attested a day late.
        var late = DeadlineCalculator.Default.Calculate(new DateOnly(2020, 11, 20), attested: new DateOnly(2020, 12, 5));
        Console.WriteLine(late.Findings.Single().RuleId);                                 // KL-5-69-JUSTERING-SEN
        // /README
    }

    public static void Configure()
    {
        // README
        var options = TrygghetValidatorOptions.Default
            .Disable("SOK-AVSTAMNING-KVARTAL")                            // we record check-ins elsewhere
            .WithSeverity("SOK-INSATSNUMMER", Severity.Info)              // a numbering slip is only worth knowing
            .WithSeverity(BasisKind.Guidance, Severity.Warning)           // we follow Brå's handbook closely
            .WithSettings(new AgreementSettings { ExpiryWarningDays = 120 });
        var validator = new TrygghetValidator(options);                   // compile once, reuse

        var report = validator.Validate(SeedCatalogue.CooperationAgreement2022, new DateOnly(2022, 9, 9));
        Console.WriteLine(report.KeepsItsCommitments);                    // True: the numbering slip is now information
        Console.WriteLine(new TrygghetValidator(TrygghetValidatorOptions.LawOnly).Rules.Count > 0); // True: LawOnly runs the law rules alone
        // /README
    }

    public static void UseYourOwnRule()
    {
        // README
        var validator = new TrygghetValidator(TrygghetValidatorOptions.Default.AddRules(new AttestedWithinSevenDaysRule()));

        // The seed protocol of 2020-11-20 was attested on 2020-11-25; say it had been on 2020-11-30.
        var protocol = SeedCatalogue.SafetyCommitteeProtocol20201120;
        var late = protocol with { Attestation = protocol.Attestation! with { Date = new DateOnly(2020, 11, 30) } };

        var finding = validator.Validate(late, new DateOnly(2020, 12, 31)).FindingsFor("LOKAL-JUSTERING-7-DAGAR").Single();
        Console.WriteLine(finding.Message.Swedish);
        // Protokollet justerades 2020-11-30, mer än sju dagar efter sammanträdet 2020-11-20.
        // /README
    }
}

// README
public sealed class AttestedWithinSevenDaysRule : Rule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "LOKAL-JUSTERING-7-DAGAR",
        Name = new("Justering inom sju dagar", "Attested within seven days"),
        Description = new(
            "Enligt arbetsordningen ska protokollet justeras inom sju dagar.",
            "The rules of procedure ask for the protocol to be attested within seven days."),
        Message = new(
            "Protokollet justerades {attested}, mer än sju dagar efter sammanträdet {meeting}.",
            "The protocol was attested {attested}, more than seven days after the meeting on {meeting}."),
        Basis = LegalBasis.Law(new("Arbetsordning för nämnderna 12 §", "Rules of procedure for the committees, s. 12"), new DateOnly(2019, 1, 1)),
        DefaultSeverity = Severity.Warning,
        Tags = ["procedure", "local"],
    };

    protected override void Define(RuleBuilder rule) =>
        rule.Match<ProtocolAttested>()
            .Join<MeetingHeld, string>(a => a.ChainId, m => m.ChainId, (a, m) => a.Date > m.Date.AddDays(7))
            .Then((ctx, a, m) => ctx.Report(a.Path, ("attested", a.Date), ("meeting", m.Date)));
}
// /README

// README
// An NRules rule in NRules' own fluent DSL that reports a Trygghet finding.
public sealed class TwoPartyAgreementRule : NRulesRule
{
    public static RuleMetadata Metadata { get; } = new()
    {
        Id = "LOKAL-TVA-PARTER",
        Name = new("Endast två parter", "Only two parties"),
        Description = new("Kommunen vill att fler aktörer än kommun och polis skriver under.", "The municipality wants more than the municipality and the police to sign."),
        Message = new("Överenskommelsen har {count} parter.", "The agreement has {count} parties."),
        Basis = LegalBasis.Guidance(new("Kommunens riktlinjer för samverkan", "The municipality's cooperation guidelines")),
        DefaultSeverity = Severity.Info,
    };

    public override void Define()
    {
        CooperationAgreement agreement = null!;
        When().Match(() => agreement, a => a.Parties.Count <= 2);
        Then().Do(ctx => ctx.ReportFinding(Metadata, "$.parties", new FindingArgument("count", agreement.Parties.Count)));
    }
}
// /README

/// <summary>Shadows System.Console for the snippets: what they print is captured per thread.</summary>
internal static class Console
{
    [ThreadStatic]
    private static StringWriter? captured;

    [ThreadStatic]
    private static StringWriter? capturedError;

    public static TextWriter Out => captured ??= new StringWriter();

    public static TextWriter Error => capturedError ??= new StringWriter();

    public static void WriteLine(object? value) => Out.WriteLine(value);

    /// <summary>Runs <paramref name="action"/> and returns what it printed (stdout, stderr).</summary>
    public static (string Out, string Error) Capture(Action action)
    {
        captured = new StringWriter();
        capturedError = new StringWriter();
        action();
        return (captured.ToString(), capturedError.ToString());
    }
}
