using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary><c>validate FILE [--as-of DATE]</c>: validates a JSON document.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        if (line.CheckOptions("--as-of") is { } error)
        {
            return ConsoleApp.Fail(stderr, error);
        }

        if (line.Positional.Count != 1)
        {
            return ConsoleApp.Fail(stderr, "'validate' needs exactly one FILE");
        }

        if (!line.TryDate("--as-of", out var asOfOption, out var dateError))
        {
            return ConsoleApp.Fail(stderr, dateError!);
        }

        var path = line.Positional[0];
        var read = TrygghetJson.DeserializeFile(path);
        if (!read.IsSuccess)
        {
            return ConsoleApp.Fail(stderr, $"{path}: {read.Error.Render(line.Culture)}".ReplaceLineEndings(" "));
        }

        var asOf = asOfOption ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var report = TrygghetValidator.Default.Validate(read.Value, asOf);
        if (line.Json)
        {
            JsonOutput.Write(stdout, w =>
            {
                w.WriteStartObject();
                w.WriteString("kind", TrygghetJson.KindName(report.DocumentKind));
                w.WriteString("title", report.Title);
                w.WriteString("asOf", ConsoleApp.Date(report.AsOf));
                w.WriteBoolean("isCompliant", report.IsCompliant);
                JsonOutput.Findings(w, report.Findings);
                w.WriteEndObject();
            });
        }
        else
        {
            stdout.Write(report.Render(line.Culture));
        }

        return report.IsCompliant ? ConsoleApp.Ok : ConsoleApp.Findings;
    }
}
