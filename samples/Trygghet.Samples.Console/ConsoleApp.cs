using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Trygghet.Samples.Console;

/// <summary>
/// The sample console (installed as the dotnet tool <c>trygghet</c>): demonstrates the rules on the seed documents,
/// computes procedural deadlines (also as a calendar), writes the notice of a justering, validates JSON documents and
/// lists the rule catalogue. Callable in-process for tests.
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
    /// <param name="stdout">Where results, help and the version go.</param>
    /// <param name="stderr">Where the one-line reason for unusable input goes.</param>
    /// <param name="time">The clock for "today" (the default as-of date); the system clock when null.</param>
    /// <param name="stdin">Standard input, read by <c>validate -</c> and <c>notice -</c>; the process's when null.</param>
    /// <param name="terminal">
    /// The terminal behind <paramref name="stdout"/> when output for people may be rich (tables, colour; see
    /// <see cref="TerminalFor"/>), writing to the same stream; null for plain text. <c>--json</c>, <c>--ics</c> and
    /// <c>--plain</c> never use it.
    /// </param>
    /// <returns>0, 1 or 2 (see <see cref="Ok"/>, <see cref="Findings"/>, <see cref="BadInput"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? time = null, TextReader? stdin = null, IAnsiConsole? terminal = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var culture = Cli.LanguageOf(args);
        var context = new Invocation(stdout, stderr, culture, time ?? TimeProvider.System, stdin ?? System.Console.In, terminal);
        var cli = new Cli(context);
        var parsed = cli.Root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return Fail(stderr, culture, cli.Describe(parsed));
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Fail(stderr, culture, e.Message.ReplaceLineEndings(" "));
        }
    }

    /// <summary>
    /// The terminal to pass to <see cref="Run"/>: <paramref name="console"/> when stdout is not redirected and the
    /// NO_COLOR environment variable is absent or empty, else null (plain text for pipes, files and NO_COLOR).
    /// </summary>
    /// <param name="outputRedirected">Whether stdout goes to a file or a pipe.</param>
    /// <param name="noColor">The value of NO_COLOR, or null when it is not set.</param>
    /// <param name="console">The process's terminal.</param>
    /// <returns>The console, or null for plain text.</returns>
    public static IAnsiConsole? TerminalFor(bool outputRedirected, string? noColor, IAnsiConsole console) =>
        RichText.Wanted(outputRedirected, noColor) ? console : null;

    /// <summary>Writes the one-line reason for unusable input, prefixed in the reader's language, and returns 2.</summary>
    internal static int Fail(TextWriter stderr, CultureInfo culture, string reason)
    {
        stderr.WriteLine(HumanText.T(culture, "fel: ", "error: ") + reason);
        return BadInput;
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";
}

/// <summary>
/// What a command needs besides its parsed options: where to write, the language, the clock, stdin, and the terminal
/// for rich output (null: plain text).
/// </summary>
internal sealed record Invocation(TextWriter Out, TextWriter Error, CultureInfo Culture, TimeProvider Time, TextReader In, IAnsiConsole? Terminal)
{
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    public string T(string swedish, string english) => HumanText.T(Culture, swedish, english);

    public int Fail(string reason) => ConsoleApp.Fail(Error, Culture, reason);
}
