using System.CommandLine;
using System.Globalization;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Validation;
using static Trygghet.Samples.Console.HumanText;

namespace Trygghet.Samples.Console;

/// <summary>
/// <c>deadlines --meeting DATE [--attested DATE] [--posted DATE] [--removed DATE] [--body KIND] [--as-of DATE] [--ics]</c>:
/// the procedure's deadline chain and the findings of the chain's rules, as text, JSON or an iCalendar file.
/// </summary>
internal static class DeadlinesCommand
{
    public static int Run(Cli cli, ParseResult parsed, Invocation context)
    {
        if (parsed.GetValue(cli.Meeting) is not { } meeting)
        {
            return context.Fail(context.T("'deadlines' behöver --meeting DATUM", "'deadlines' needs --meeting DATE"));
        }

        var attested = parsed.GetValue(cli.Attested);
        var posted = parsed.GetValue(cli.Posted);
        var removed = parsed.GetValue(cli.Removed);
        var body = parsed.GetValue(cli.Body) switch
        {
            "council" => BodyKind.Council,
            "board" => BodyKind.ExecutiveBoard,
            "subcommittee" => BodyKind.SubCommittee,
            _ => BodyKind.Committee,
        };
        if (Check(context, meeting, attested, posted, removed) is { } problem)
        {
            return context.Fail(problem);
        }

        var settings = parsed.GetValue(cli.Removal) == "end-of-day"
            ? new ProcedureSettings { NoticeRemoval = NoticeRemovalPolicy.AtEndOfRecordedDay }
            : null;
        var report = Engines.Calculator(parsed.GetValue(cli.Engine)).Calculate(meeting, attested, posted, removed, body, parsed.GetValue(cli.AsOf), settings);
        var chain = report.Chain;
        if (parsed.GetValue(cli.Ics))
        {
            context.Out.Write(DeadlineCalendar.ToICalendar(chain, context.Time.GetUtcNow(), culture: context.Culture));
        }
        else if (parsed.GetValue(cli.Json))
        {
            // The same dates as the human output: steps not recorded yet are projected from the deadline before them.
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                JsonOutput.Date(w, "attestationDeadline", chain.AttestationDeadline.Date);
                JsonOutput.Date(w, "noticeDeadline", chain.NoticeDeadline.Date);
                JsonOutput.Date(w, "appealPeriodEnds", chain.AppealPeriodEnds.Date);
                JsonOutput.Date(w, "earliestRemoval", chain.EarliestRemoval);
                JsonOutput.Date(w, "legallyFinalFrom", chain.LegallyFinalFrom);
                w.WriteBoolean("projected", chain.IsProjected);
                JsonOutput.Date(w, "asOf", report.AsOf);
                JsonOutput.Findings(w, report.Findings);
                w.WriteEndObject();
            });
        }
        else if (context.Terminal is { } terminal)
        {
            RichText.Chain(terminal, report, context.Culture);
        }
        else
        {
            Write(context.Out, report, context.Culture);
        }

        return report.IsCompliant ? ConsoleApp.Ok : ConsoleApp.Findings;
    }

    // The calculator's own checks, said in the reader's language and naming the option.
    private static string? Check(Invocation c, DateOnly meeting, DateOnly? attested, DateOnly? posted, DateOnly? removed)
    {
        (string Name, DateOnly? Day)[] days = [("--meeting", meeting), ("--attested", attested), ("--posted", posted), ("--removed", removed)];
        foreach (var (name, day) in days)
        {
            if (day is { } d && (d.Year < SwedishCalendar.MinYear || d.Year > SwedishCalendar.MaxYear - 1))
            {
                return c.T($"{name}: dagen ska ligga {SwedishCalendar.MinYear}-{SwedishCalendar.MaxYear - 1}", $"{name}: the day must fall in {SwedishCalendar.MinYear}-{SwedishCalendar.MaxYear - 1}");
            }
        }

        return (attested, posted, removed) switch
        {
            ({ } a, _, _) when a < meeting => c.T("--attested: protokollet kan inte justeras före sammanträdet", "--attested: the protocol cannot be attested before the meeting"),
            (_, { } p, _) when p < (attested ?? meeting) => c.T("--posted: anslaget kan inte sättas upp före justeringen", "--posted: the notice cannot go up before the attestation"),
            (_, null, { }) => c.T("--removed: ett anslag kan inte tas ned utan att ha satts upp; ange --posted också", "--removed: a notice cannot come down without going up; give --posted too"),
            (_, { } p, { } r) when r < p => c.T("--removed: anslaget kan inte tas ned innan det sattes upp", "--removed: the notice cannot come down before it went up"),
            _ => null,
        };
    }

    /// <summary>Writes the chain step by step with its citations, then the findings.</summary>
    public static void Write(TextWriter stdout, DeadlineReport report, CultureInfo c)
    {
        stdout.WriteLine(Heading(report.Chain, c));
        foreach (var row in Rows(report.Chain, c))
        {
            var left = $"  {row.Number}. {row.Name,-17}{row.When}";
            stdout.WriteLine(row.Recorded.Length == 0 ? left : left.PadRight(Math.Max(54, left.Length + 2)) + row.Recorded);
            foreach (var note in row.Notes)
            {
                Note(stdout, note);
            }
        }

        stdout.WriteLine();
        stdout.WriteLine(FindingsHeading(report, c));
        HumanText.Findings(stdout, report.Findings, c);
    }

    /// <summary>The line above the chain: the meeting day and the kind of body.</summary>
    public static string Heading(DeadlineChain chain, CultureInfo c) =>
        T(c, "Fristkedja", "Deadline chain") + $": {T(c, "sammanträde", "meeting")} {Day(chain.Meeting, c)}, {Body(chain.Body, c)}";

    /// <summary>The line above the findings: the date whose law the rules applied.</summary>
    public static string FindingsHeading(DeadlineReport report, CultureInfo c) =>
        T(c, "Iakttagelser", "Findings") + $" ({T(c, "regler enligt lagen som gällde", "rules of the law in force on")} {ConsoleApp.Date(report.EvaluationDate)}):";

    /// <summary>
    /// The five steps of the chain for people, the same for plain text and tables: the day (with weekday), what was
    /// recorded and whether in time, and the notes under it (citation, a deadline moved past a holiday, a projection).
    /// </summary>
    public static IReadOnlyList<ChainRow> Rows(DeadlineChain chain, CultureInfo c)
    {
        var steps = DeadlineStep.Steps(chain);
        string[] projectedFromAttestation = chain.Attested is null
            ? [T(c, "räknat från sista justeringsdagen (justering ej angiven)", "counted from the last attestation day (no attestation given)")]
            : [];
        string[] projectedFromNotice = chain.Posted is null
            ? [T(c, "räknat från sista anslagsdagen (anslag ej angivet)", "counted from the last notice day (no posting given)")]
            : [];
        var final = chain.LegallyFinalFrom is { } f
            ? $"{T(c, "från", "from")} {Day(f, c)}"
            : T(c, "inträder inte: anslaget togs ned för tidigt", "does not occur: the notice came down too early");
        return
        [
            Step(c, 1, T(c, "Justering", "Attestation"), T(c, "senast", "by"), chain.AttestationDeadline,
                Recorded(c, chain.Attested, T(c, "justerat", "attested"), chain.AttestedLate), steps[0].Citation.Get(c), []),
            Step(c, 2, T(c, "Anslag", "Notice"), T(c, "senast", "by"), chain.NoticeDeadline,
                Recorded(c, chain.Posted, T(c, "uppsatt", "posted"), chain.Attested is null ? null : chain.PostedLate), steps[1].Citation.Get(c), projectedFromAttestation),
            Step(c, 3, T(c, "Överklagandetid", "Appeal period"), T(c, "slutar", "ends"), chain.AppealPeriodEnds, (string.Empty, null), steps[2].Citation.Get(c), projectedFromNotice),
            Step(c, 4, T(c, "Nedtagning", "Removal"), T(c, "tidigast", "earliest"), new Deadline(chain.EarliestRemoval, chain.EarliestRemoval),
                Recorded(c, chain.Removed, T(c, "nedtaget", "removed"), chain.RemovedEarly, T(c, "för tidigt", "too early")), steps[3].Citation.Get(c), []),
            new ChainRow(5, T(c, "Laga kraft", "Legally final"), final, string.Empty, null, [steps[2].Citation.Get(c) + T(c, " (om beslutet inte överklagas)", " (unless appealed)")]),
        ];
    }

    private static ChainRow Step(CultureInfo c, int number, string name, string verb, Deadline deadline, (string Text, bool? Late) recorded, string citation, string[] after)
    {
        string[] moved = deadline.IsMoved
            ? [T(c, "flyttad från ", "moved from ") + $"{ConsoleApp.Date(deadline.Unshifted)} ({NonWorkingReason(deadline.Unshifted, c)})"
                + T(c, " till nästa vardag, lag (1930:173)", " to the next working day, Act (1930:173)")]
            : [];
        return new ChainRow(number, name, $"{verb} {Day(deadline.Date, c)}", recorded.Text, recorded.Late, [citation, .. moved, .. after]);
    }

    // No verdict when late is null: a posting is judged only against a recorded justering, as the rules do.
    private static (string Text, bool? Late) Recorded(CultureInfo c, DateOnly? day, string verb, bool? late, string? lateText = null) => (day, late) switch
    {
        (null, _) => (string.Empty, null),
        ({ } d, null) => ($"{verb} {ConsoleApp.Date(d)}", null),
        ({ } d, true) => ($"{verb} {ConsoleApp.Date(d)}: {lateText ?? T(c, "för sent", "late")}", true),
        ({ } d, false) => ($"{verb} {ConsoleApp.Date(d)}: {T(c, "i tid", "in time")}", false),
    };

    private static void Note(TextWriter stdout, string text) => Wrapped(stdout, text, "       ", "       ");
}

/// <summary>One step of the deadline chain for people: number, name, day, what was recorded (late: true, in time: false), notes.</summary>
internal sealed record ChainRow(int Number, string Name, string When, string Recorded, bool? Late, IReadOnlyList<string> Notes);
