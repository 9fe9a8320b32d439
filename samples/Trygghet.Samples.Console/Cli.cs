using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Trygghet.Samples.Console;

/// <summary>
/// The command tree on System.CommandLine, described in the reader's language (<c>--lang</c>, read before parsing so
/// that help and errors are in it too). Parse errors are explained here, in that language, with a suggestion for a
/// mistyped command or option; the library's own English messages never reach a Swedish reader.
/// </summary>
internal sealed class Cli
{
    private static readonly string[] Bodies = ["council", "board", "committee", "subcommittee"];

    private static readonly string[] Removals = ["after-last-day", "end-of-day"];
    private readonly HashSet<string> ownErrors = new(StringComparer.Ordinal);
    private readonly Invocation context;

    public Cli(Invocation context)
    {
        this.context = context;
        Json = new Option<bool>("--json") { Description = T("maskinläsbar JSON på standard ut", "machine-readable JSON on stdout"), Recursive = true };
        Lang = new Option<string>("--lang")
        {
            Description = T("språk för text till människor: sv (standard) eller en", "language of text for people: sv (the default) or en"),
            HelpName = "sv|en",
            Recursive = true,
        };
        Lang.CompletionSources.Add("sv", "en");
        Plain = new Option<bool>("--plain", "--no-color")
        {
            Description = T("vanlig text utan tabeller och färg, även i en terminal", "plain text without tables and colour, also at a terminal"),
            Recursive = true,
        };
        Lang.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && r.Tokens[0].Value is not ("sv" or "en"))
            {
                Error(r, T($"--lang ska vara 'sv' eller 'en', inte '{r.Tokens[0].Value}'", $"--lang must be 'sv' or 'en', not '{r.Tokens[0].Value}'"));
            }
        });

        Meeting = DateOption("--meeting", T("sammanträdesdagen (krävs)", "the meeting day (required)"));
        Attested = DateOption("--attested", T("justeringsdagen, om protokollet är justerat", "the attestation day, when the protocol is attested"));
        Posted = DateOption("--posted", T("dagen anslaget sattes upp", "the day the notice went up"));
        Removed = DateOption("--removed", T("dagen anslaget togs ned", "the day the notice came down"));
        AsOf = DateOption("--as-of", T("per datum: dagen reglerna bedömer från (standard: i dag; för deadlines: sammanträdesdagen)",
            "as of: the day the rules judge from (default: today; for deadlines: the meeting day)"));
        Body = Choice("--body", Bodies,
            T("organtyp: council, board, committee (standard) eller subcommittee", "kind of body: council, board, committee (the default) or subcommittee"),
            "council, board, committee eller subcommittee", "council, board, committee or subcommittee");
        Removal = Choice("--removal", Removals,
            T("när anslaget får tas ned: after-last-day (standard: dagen efter sista överklagandedagen, KL 13:5) eller end-of-day (anslagstavlan tar ned vid dagens slut)",
                "when the notice may come down: after-last-day (the default: the day after the last appeal day, KL 13:5) or end-of-day (the board removes notices at the end of the day)"),
            "after-last-day eller end-of-day", "after-last-day or end-of-day");
        Engine = Choice("--engine", Engines.Names,
            T("regelmotorn: builtin (standard) eller nrules; samma iakttagelser", "the rule engine: builtin (the default) or nrules; the same findings"),
            "builtin eller nrules", "builtin or nrules");
        Ics = new Option<bool>("--ics") { Description = T("kedjan som kalender (iCalendar, RFC 5545) att importera i Outlook", "the chain as a calendar (iCalendar, RFC 5545) to import into Outlook") };
        Explain = new Option<bool>("--explain") { Description = T("visa varje iakttagelses spår: regel, lagversion och fakta med sökvägar", "show each finding's trace: rule, law version and facts with their paths") };
        Feed = new Option<bool>("--feed") { Description = T("ett JSON-flöde (JSON Feed 1.1) av anslagen som sitter uppe per --as-of", "a JSON feed (JSON Feed 1.1) of the notices up on --as-of") };
        Files = new Argument<string[]>("FILE")
        {
            Description = T("en JSON-fil, eller - för standard in", "a JSON file, or - for standard input"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        NoticeFiles = new Argument<string[]>("FILE")
        {
            Description = T("protokoll som JSON-filer, eller - för standard in", "protocols as JSON files, or - for standard input"),
            Arity = ArgumentArity.ZeroOrMore,
        };
        Shell = new Argument<string>("SHELL") { Description = T("skalet: bash", "the shell: bash"), Arity = ArgumentArity.ZeroOrOne };
        Shell.CompletionSources.Add("bash");

        var deadlines = new Command("deadlines", T(
            "fristkedjan efter ett sammanträde: justering (KL 5:69), anslag (8:12), överklagandetid (13:5), nedtagning och laga kraft",
            "the deadline chain after a meeting: attestation (KL 5:69), notice (8:12), appeal period (13:5), takedown and finality"))
        {
            Meeting, Attested, Posted, Removed, Body, Removal, AsOf, Ics, Engine,
        };
        deadlines.SetAction(p => DeadlinesCommand.Run(this, p, For(p)));

        var validate = new Command("validate", T("granska ett JSON-dokument (per i dag om inte --as-of anges)", "validate a JSON document (as of today unless --as-of)"))
        {
            Files, AsOf, Explain, Engine,
        };
        validate.SetAction(p => ValidateCommand.Run(this, p, For(p)));

        var rules = new Command("rules", T("regelkatalogen", "the rule catalogue"));
        rules.SetAction(p => RulesCommand.Run(p.GetValue(Json), For(p)));

        var notice = new Command("notice", T(
            "tillkännagivandet om justering (KL 8:12) för ett protokoll, eller med --feed ett flöde av aktuella anslag",
            "the notice of attestation (KL 8:12) of a protocol, or with --feed a feed of current notices"))
        {
            NoticeFiles, Posted, AsOf, Feed,
        };
        notice.SetAction(p => NoticeCommand.Run(this, p, For(p)));

        var completion = new Command("completion", T("skript för kommandoradskomplettering i skalet (bash)", "a shell completion script (bash)")) { Shell };
        completion.SetAction(p => Completion(p));

        Root = new RootCommand(T(
            "Trygghet.Domain: regler och frister för kommunernas trygghetsarbete. Utan kommando: en genomgång av exempeldokumenten "
                + "(avslutas alltid med 0). Avslutningskoder: 0 inga fel, 1 minst ett fel, 2 oanvändbar indata (orsaken på standard fel).",
            "Trygghet.Domain: rules and deadlines of municipal safety work. Without a command: a tour of the seed documents "
                + "(always exits 0). Exit codes: 0 no error, 1 at least one error, 2 unusable input (the reason on standard error)."))
        {
            deadlines, validate, notice, rules, completion, Json, Lang, Plain,
        };
        Root.SetAction(p => Demo.Run(p.GetValue(Json), For(p)));
        Localize(Root);
    }

    public RootCommand Root { get; }

    public Option<bool> Json { get; }

    public Option<string> Lang { get; }

    public Option<bool> Plain { get; }

    public Option<DateOnly?> Meeting { get; }

    public Option<DateOnly?> Attested { get; }

    public Option<DateOnly?> Posted { get; }

    public Option<DateOnly?> Removed { get; }

    public Option<DateOnly?> AsOf { get; }

    public Option<string> Body { get; }

    public Option<string> Removal { get; }

    public Option<string> Engine { get; }

    public Option<bool> Ics { get; }

    public Option<bool> Explain { get; }

    public Option<bool> Feed { get; }

    public Argument<string[]> Files { get; }

    public Argument<string[]> NoticeFiles { get; }

    public Argument<string> Shell { get; }

    /// <summary>The language asked for with <c>--lang en</c> (or <c>--lang=en</c>), else Swedish; read before parsing.</summary>
    public static CultureInfo LanguageOf(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value == "en")
            {
                return CultureInfo.GetCultureInfo("en");
            }
        }

        return CultureInfo.GetCultureInfo("sv-SE");
    }

    /// <summary>One line on the first parse error, in the reader's language.</summary>
    public string Describe(ParseResult parsed)
    {
        var error = parsed.Errors[0];
        if (ownErrors.Contains(error.Message))
        {
            return error.Message;
        }

        var command = parsed.CommandResult.Command;
        var where = command is RootCommand ? string.Empty : $" ({command.Name})";
        if (parsed.UnmatchedTokens.Count > 0)
        {
            var token = parsed.UnmatchedTokens[0];
            var candidates = token.StartsWith('-')
                ? OptionsOf(parsed.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Select(c => c.Name);
            var suggestion = Suggest(token, candidates);
            var hint = suggestion is null ? string.Empty : T($"; menade du '{suggestion}'?", $"; did you mean '{suggestion}'?");
            return token.StartsWith('-')
                ? T($"okänd flagga '{token}'{where}{hint}", $"unknown option '{token}'{where}{hint}")
                : T($"okänt kommando eller argument '{token}'{where}{hint}", $"unknown command or argument '{token}'{where}{hint}");
        }

        if (error.SymbolResult is OptionResult option)
        {
            var name = option.Option.Name;
            return option.Tokens.Count == 0
                ? T($"{name} behöver ett värde", $"option {name} needs a value")
                : T($"{name} anges mer än en gång", $"option {name} is given more than once");
        }

        return T($"kommandoraden går inte att tolka{where} (se --help)", $"the command line cannot be understood{where} (see --help)");
    }

    /// <summary>The closest name within a small edit distance, or null.</summary>
    internal static string? Suggest(string token, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(token, c)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static IEnumerable<Option> OptionsOf(CommandResult result)
    {
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                foreach (var option in c.Command.Options.Where(o => ReferenceEquals(c, result) || o.Recursive))
                {
                    yield return option;
                }
            }
        }
    }

    private Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description + T(", ÅÅÅÅ-MM-DD", ", YYYY-MM-DD"),
        HelpName = T("DATUM", "DATE"),
        CustomParser = r =>
        {
            var text = r.Tokens.Count == 1 ? r.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2200)
            {
                return date;
            }

            Error(r, T($"{name}: '{text}' är inte ett datum ÅÅÅÅ-MM-DD mellan 1900 och 2200", $"{name}: '{text}' is not a date YYYY-MM-DD between 1900 and 2200"));
            return null;
        },
    };

    // An option taking one of a few words: completion, help name and a refusal naming the words in the chosen language.
    private Option<string> Choice(string name, string[] choices, string description, string swedishChoices, string englishChoices)
    {
        var option = new Option<string>(name) { Description = description, HelpName = string.Join('|', choices) };
        option.CompletionSources.Add(choices);
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && !choices.Contains(r.Tokens[0].Value))
            {
                Error(r, T($"{name} ska vara {swedishChoices}, inte '{r.Tokens[0].Value}'", $"{name} must be {englishChoices}, not '{r.Tokens[0].Value}'"));
            }
        });
        return option;
    }

    private void Error(SymbolResult result, string message)
    {
        ownErrors.Add(message);
        result.AddError(message);
    }

    private string T(string swedish, string english) => context.T(swedish, english);

    // Rich output only for people at a terminal: --plain and --json turn it off.
    private Invocation For(ParseResult parsed) =>
        context.Terminal is not null && (parsed.GetValue(Plain) || parsed.GetValue(Json)) ? context with { Terminal = null } : context;

    // The help and version options the library adds get descriptions in the reader's language.
    private void Localize(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => T("visa hjälp och användning", "show help and usage"),
                VersionOption => T("visa versionen", "show the version"),
                _ => option.Description,
            };
        }
    }

    private int Completion(ParseResult parsed)
    {
        var shell = parsed.GetValue(Shell) ?? "bash";
        if (shell != "bash")
        {
            return context.Fail(T($"completion stöder bash, inte '{shell}'", $"completion supports bash, not '{shell}'"));
        }

        // The [suggest:POSITION] directive of System.CommandLine answers with the completions at the cursor.
        context.Out.Write("""
            # bash completion for trygghet: add to ~/.bashrc with  source <(trygghet completion bash)
            _trygghet_complete() {
              local IFS=$'\n'
              COMPREPLY=( $(trygghet "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null) )
            }
            complete -o default -F _trygghet_complete trygghet

            """.ReplaceLineEndings("\n"));
        return ConsoleApp.Ok;
    }
}
