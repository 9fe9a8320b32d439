using System.Globalization;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Validation;
using static Trygghet.Samples.Console.HumanText;

namespace Trygghet.Samples.Console;

/// <summary>
/// <c>deadlines --meeting DATE [--attested DATE] [--posted DATE] [--removed DATE] [--body KIND] [--engine builtin|nrules]</c>: the procedure's
/// deadline chain and the findings of the chain's rules.
/// </summary>
internal static class DeadlinesCommand
{
    private static readonly string[] Options = ["--meeting", "--attested", "--posted", "--removed", "--body"];

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.CheckOptions([.. Options, Engines.Option]) is { } error)
        {
            return ConsoleApp.Fail(stderr, error);
        }

        if (line.Positional.Count > 0)
        {
            return ConsoleApp.Fail(stderr, $"'deadlines' takes no arguments, not '{line.Positional[0]}'");
        }

        if (line.Value("--meeting") is null)
        {
            return ConsoleApp.Fail(stderr, "'deadlines' needs --meeting DATE");
        }

        var dates = new DateOnly?[4];
        for (var i = 0; i < 4; i++)
        {
            if (!line.TryDate(Options[i], out dates[i], out var dateError))
            {
                return ConsoleApp.Fail(stderr, dateError!);
            }
        }

        var body = BodyKind.Committee;
        if (line.Value("--body") is { } bodyText && !TryBody(bodyText, out body))
        {
            return ConsoleApp.Fail(stderr, $"--body must be council, board, committee or subcommittee, not '{bodyText}'");
        }

        var (options, engineError) = Engines.Choose(line);
        if (options is null)
        {
            return ConsoleApp.Fail(stderr, engineError!);
        }

        var calculator = options == TrygghetValidatorOptions.Default ? DeadlineCalculator.Default : new DeadlineCalculator(options);
        DeadlineReport report;
        try
        {
            report = calculator.Calculate(dates[0]!.Value, dates[1], dates[2], dates[3], body);
        }
        catch (ArgumentException e)
        {
            var option = $"--{e.ParamName}";
            return ConsoleApp.Fail(stderr, (Options.Contains(option) ? option + ": " : string.Empty) + Reason(e));
        }

        if (line.Json)
        {
            var chain = report.Chain;
            JsonOutput.Write(stdout, w =>
            {
                w.WriteStartObject();
                JsonOutput.Date(w, "attestationDeadline", chain.AttestationDeadline.Date);
                JsonOutput.Date(w, "noticeDeadline", chain.Attested is null ? null : chain.NoticeDeadline.Date);
                JsonOutput.Date(w, "appealPeriodEnds", chain.Posted is null ? null : chain.AppealPeriodEnds.Date);
                JsonOutput.Date(w, "legallyFinalFrom", chain.Posted is null ? null : chain.LegallyFinalFrom);
                JsonOutput.Findings(w, report.Findings);
                w.WriteEndObject();
            });
        }
        else
        {
            Write(stdout, report, line.Culture);
        }

        return report.IsCompliant ? ConsoleApp.Ok : ConsoleApp.Findings;
    }

    /// <summary>Writes the chain step by step with its citations, then the findings.</summary>
    public static void Write(TextWriter stdout, DeadlineReport report, CultureInfo c)
    {
        var chain = report.Chain;
        stdout.WriteLine(T(c, "Fristkedja", "Deadline chain") + $": {T(c, "sammanträde", "meeting")} {Day(chain.Meeting, c)}, {Body(chain.Body, c)}");
        var council = chain.Body == BodyKind.Council;
        var attestationCitation = council ? T(c, "KL 5 kap. 69 §", "Local Government Act ch. 5 s. 69")
            : T(c, "KL 6 kap. 35 §, 5 kap. 69 §", "Local Government Act ch. 6 s. 35, ch. 5 s. 69");
        Step(stdout, c, 1, T(c, "Justering", "Attestation"), T(c, "senast", "by"), chain.AttestationDeadline,
            Recorded(c, chain.Attested, T(c, "justerat", "attested"), chain.AttestedLate), attestationCitation);
        var noticeCitation = council ? T(c, "KL 8 kap. 12 §", "Local Government Act ch. 8 s. 12")
            : T(c, "KL 6 kap. 35 §, 8 kap. 12 §", "Local Government Act ch. 6 s. 35, ch. 8 s. 12");
        Step(stdout, c, 2, T(c, "Anslag", "Notice"), T(c, "senast", "by"), chain.NoticeDeadline,
            Recorded(c, chain.Posted, T(c, "uppsatt", "posted"), chain.Attested is null ? null : chain.PostedLate), noticeCitation);
        if (chain.Attested is null)
        {
            Note(stdout, T(c, "räknat från sista justeringsdagen (justering ej angiven)", "counted from the last attestation day (no attestation given)"));
        }

        Step(stdout, c, 3, T(c, "Överklagandetid", "Appeal period"), T(c, "slutar", "ends"), chain.AppealPeriodEnds, string.Empty, AppealCitation(c));
        if (chain.Posted is null)
        {
            Note(stdout, T(c, "räknat från sista anslagsdagen (anslag ej angivet)", "counted from the last notice day (no posting given)"));
        }

        Step(stdout, c, 4, T(c, "Nedtagning", "Removal"), T(c, "tidigast", "earliest"), new Deadline(chain.EarliestRemoval, chain.EarliestRemoval),
            Recorded(c, chain.Removed, T(c, "nedtaget", "removed"), chain.RemovedEarly, T(c, "för tidigt", "too early")), T(c, "KL 8 kap. 12 §", "Local Government Act ch. 8 s. 12"));
        var final = chain.LegallyFinalFrom is { } f
            ? $"{T(c, "från", "from")} {Day(f, c)}"
            : T(c, "inträder inte: anslaget togs ned för tidigt", "does not occur: the notice came down too early");
        stdout.WriteLine($"  5. {T(c, "Laga kraft", "Legally final"),-17}{final}");
        Note(stdout, AppealCitation(c) + T(c, " (om beslutet inte överklagas)", " (unless appealed)"));
        stdout.WriteLine();
        stdout.WriteLine(T(c, "Iakttagelser", "Findings") + $" ({T(c, "regler enligt lagen som gällde", "rules of the law in force on")} {ConsoleApp.Date(report.EvaluationDate)}):");
        HumanText.Findings(stdout, report.Findings, c);
    }

    private static string AppealCitation(CultureInfo c) => T(c, "KL 13 kap. 5 §", "Local Government Act ch. 13 s. 5");

    private static void Step(TextWriter stdout, CultureInfo c, int number, string name, string verb, Deadline deadline, string recorded, string citation)
    {
        var left = $"  {number}. {name,-17}{verb} {Day(deadline.Date, c)}";
        stdout.WriteLine(recorded.Length == 0 ? left : left.PadRight(Math.Max(54, left.Length + 2)) + recorded);
        Note(stdout, citation);
        if (deadline.IsMoved)
        {
            Note(stdout, T(c, "flyttad från ", "moved from ") + $"{ConsoleApp.Date(deadline.Unshifted)} ({NonWorkingReason(deadline.Unshifted, c)})"
                + T(c, " till nästa vardag, lag (1930:173)", " to the next working day, Act (1930:173)"));
        }
    }

    // No verdict when late is null: a posting is judged only against a recorded justering, as the rules do.
    private static string Recorded(CultureInfo c, DateOnly? day, string verb, bool? late, string? lateText = null) => (day, late) switch
    {
        (null, _) => string.Empty,
        ({ } d, null) => $"{verb} {ConsoleApp.Date(d)}",
        ({ } d, true) => $"{verb} {ConsoleApp.Date(d)}: {lateText ?? T(c, "för sent", "late")}",
        ({ } d, false) => $"{verb} {ConsoleApp.Date(d)}: {T(c, "i tid", "in time")}",
    };

    private static void Note(TextWriter stdout, string text) => Wrapped(stdout, text, "       ", "       ");

    private static bool TryBody(string text, out BodyKind body)
    {
        (var ok, body) = text switch
        {
            "council" => (true, BodyKind.Council),
            "board" => (true, BodyKind.ExecutiveBoard),
            "committee" => (true, BodyKind.Committee),
            "subcommittee" => (true, BodyKind.SubCommittee),
            _ => (false, BodyKind.Committee),
        };
        return ok;
    }

    // The exception's own sentence, without the framework's "(Parameter ...)" and "Actual value was ..." tails.
    private static string Reason(ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).ReplaceLineEndings(" ");
    }
}
