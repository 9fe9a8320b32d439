using Trygghet.Domain.Common;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary>No arguments: the rules on the seed documents, each as of a date that shows something.</summary>
internal static class Demo
{
    /// <summary>The seed documents with the as-of date the demonstration uses for each.</summary>
    internal static IReadOnlyList<(IDocument Document, DateOnly AsOf)> Documents { get; } =
    [
    ];

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        if (line.CheckOptions() is { } error || (error = line.Json ? "the demonstration has no --json form; use 'validate' or 'deadlines'" : null) is not null)
        {
            return ConsoleApp.Fail(stderr, error);
        }

        var culture = line.Culture;
        var en = ConsoleApp.IsEnglish(culture);
        stdout.WriteLine(en
            ? $"Trygghet.Domain: {RuleCatalogue.Entries.Length} rules on the seed documents."
            : $"Trygghet.Domain: {RuleCatalogue.Entries.Length} regler på exempeldokumenten.");
        foreach (var (document, asOf) in Documents)
        {
            stdout.WriteLine();
            stdout.Write(TrygghetValidator.Default.Validate(document, asOf).Render(culture));
        }

        return ConsoleApp.Ok;
    }
}
