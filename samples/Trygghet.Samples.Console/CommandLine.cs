using System.Globalization;
using Trygghet.Domain.Common;

namespace Trygghet.Samples.Console;

/// <summary>The parsed command line: a command, its positional arguments and its options.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = ["--json", "--help", "-h"];

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CommandLine(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public List<string> Positional { get; }

    public bool Json => flags.Contains("--json");

    public bool Help => flags.Contains("--help") || flags.Contains("-h");

    public CultureInfo Culture => values.TryGetValue("--lang", out var lang) && lang == "en"
        ? CultureInfo.GetCultureInfo("en")
        : CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Parses the arguments; returns an error message for unusable input.</summary>
    public static (CommandLine? Line, string? Error) Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new List<(string Name, string? Value)>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('-'))
            {
                if (Flags.Contains(arg))
                {
                    options.Add((arg, null));
                }
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    options.Add((arg, args[++i]));
                }
                else
                {
                    return (null, $"option {arg} needs a value");
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        var command = positional.Count > 0 ? positional[0] : string.Empty;
        if (positional.Count > 0)
        {
            positional.RemoveAt(0);
        }

        var line = new CommandLine(command, positional);
        foreach (var (name, value) in options)
        {
            if (value is null)
            {
                line.flags.Add(name);
            }
            else if (!line.values.TryAdd(name, value))
            {
                return (null, $"option {name} is given twice");
            }
        }

        if (line.values.TryGetValue("--lang", out var l) && l is not ("en" or "sv"))
        {
            return (null, $"--lang must be 'sv' or 'en', not '{l}'");
        }

        return (line, null);
    }

    /// <summary>Returns an error when an option is not one the command knows.</summary>
    public string? CheckOptions(params string[] allowed)
    {
        foreach (var name in values.Keys)
        {
            if (name != "--lang" && !allowed.Contains(name))
            {
                return $"unknown option {name} for '{(Command.Length == 0 ? "demo" : Command)}'";
            }
        }

        return null;
    }

    public string? Value(string name) => values.GetValueOrDefault(name);

    /// <summary>Reads an optional YYYY-MM-DD date option.</summary>
    public bool TryDate(string name, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (!values.TryGetValue(name, out var text))
        {
            return true;
        }

        if (!TryParseDate(text, out var d))
        {
            error = $"{name}: '{text}' is not a date YYYY-MM-DD from {ConsoleApp.Date(TrygghetLimits.EarliestDate)} to {ConsoleApp.Date(TrygghetLimits.LatestDate)}";
            return false;
        }

        date = d;
        return true;
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && TrygghetLimits.IsSupported(date);
}
