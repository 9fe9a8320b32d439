using System.Text.Json;
using Spectre.Console;
using Trygghet.Samples.Console;

namespace Trygghet.Domain.Tests.Console;

/// <summary>A clock that always says the same instant, in UTC.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Runs the console in-process and captures what it writes.</summary>
internal static class ConsoleHarness
{
    public static readonly FixedTime Today = new(new DateTimeOffset(2024, 6, 3, 12, 0, 0, TimeSpan.Zero));

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ConsoleApp.Run(args, stdout, stderr, Today);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs as if stdout were a terminal 100 columns wide: the terminal writes to the same writer as stdout, without
    /// escape codes unless <paramref name="colour"/> (then with the 16 standard colours).
    /// </summary>
    public static (int Code, string Out, string Err) RunAtTerminal(bool colour, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        terminal.Profile.Width = 100;
        var code = ConsoleApp.Run(args, stdout, stderr, Today, terminal: terminal);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs and parses stdout as JSON.</summary>
    public static (int Code, JsonElement Json, string Err) RunJson(params string[] args)
    {
        var (code, output, error) = Run([.. args, "--json"]);
        using var document = JsonDocument.Parse(output);
        return (code, document.RootElement.Clone(), error);
    }

    /// <summary>Asserts exit code 2, nothing on stdout and exactly one line on stderr; returns that line.</summary>
    public static string AssertBadInput(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(ConsoleApp.BadInput, code);
        Assert.Equal(string.Empty, output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Assert.Single(lines).TrimEnd('\r');
    }

    public static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
