using System.Globalization;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary>
/// The sample console: demonstrates the rules on the seed documents, computes procedural deadlines,
/// validates JSON documents and lists the rule catalogue. Callable in-process for tests.
/// </summary>
public static class ConsoleApp
{
    /// <summary>Exit code: no error-severity finding.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: at least one error-severity finding.</summary>
    public const int Findings = 1;

    /// <summary>Exit code: unusable input (bad arguments, unreadable file, bad JSON, bad date).</summary>
    public const int BadInput = 2;

    /// <summary>Runs the console with the given arguments.</summary>
    /// <param name="args">The command line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where the one-line reason for unusable input goes.</param>
    /// <param name="time">The clock for "today" (the default as-of date of <c>validate</c>); the system clock when null.</param>
    /// <returns>0, 1 or 2 (see <see cref="Ok"/>, <see cref="Findings"/>, <see cref="BadInput"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (line, error) = CommandLine.Parse(args);
        if (line is null)
        {
            return Fail(stderr, error!);
        }

        if (line.Help)
        {
            stdout.Write(HelpText);
            return Ok;
        }

        try
        {
            return line.Command switch
            {
                "" => Demo.Run(line, stdout, stderr),
                "deadlines" => DeadlinesCommand.Run(line, stdout, stderr),
                "validate" => ValidateCommand.Run(line, stdout, stderr, time ?? TimeProvider.System),
                "rules" => RulesCommand.Run(line, stdout, stderr),
                "help" => Help(stdout),
                _ => Fail(stderr, $"unknown command '{line.Command}' (try --help)"),
            };
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            return Fail(stderr, e.Message.ReplaceLineEndings(" "));
        }
    }

    internal static int Fail(TextWriter stderr, string reason)
    {
        stderr.WriteLine("error: " + reason);
        return BadInput;
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static int Help(TextWriter stdout)
    {
        stdout.Write(HelpText);
        return Ok;
    }

    private const string HelpText = """
        Trygghet.Domain sample console

        Usage:
          Trygghet.Samples.Console                       demonstrate the rules on the seed documents
                                                         (always exits 0; --json: findings per document)
          Trygghet.Samples.Console deadlines --meeting DATE [--attested DATE] [--posted DATE]
                                   [--removed DATE] [--body council|board|committee|subcommittee]
                                   [--engine builtin|nrules]
                                                         the procedure's deadline chain (KL 5:69, 8:12, 13:5)
          Trygghet.Samples.Console validate FILE [--as-of DATE] [--engine builtin|nrules]
                                                         validate a JSON document (as of today by default)
          Trygghet.Samples.Console rules                 list the rule catalogue

        Options:
          --json        machine-readable JSON on stdout
          --lang sv|en  language of human output (Swedish by default)
          --engine      the rule engine: builtin (default) or nrules; the same findings
          --help, -h    this text

        Dates are YYYY-MM-DD. Exit codes: 0 no error-severity finding, 1 at least one,
        2 unusable input (the reason is written to stderr).

        """;
}
