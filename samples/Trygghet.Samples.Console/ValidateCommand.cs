using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary><c>validate FILE [--as-of DATE] [--engine builtin|nrules]</c>: validates a JSON document.</summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        if (line.CheckOptions("--as-of", Engines.Option) is { } error)
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

        var (options, engineError) = Engines.Choose(line);
        if (options is null)
        {
            return ConsoleApp.Fail(stderr, engineError!);
        }

        var path = line.Positional[0];
        if (!File.Exists(path))
        {
            return ConsoleApp.Fail(stderr, $"cannot read {path}: no such file");
        }

        var read = TrygghetJson.DeserializeFile(path);
        if (!read.IsSuccess)
        {
            return ConsoleApp.Fail(stderr, $"{path}: {read.Error.Render(line.Culture)}".ReplaceLineEndings(" "));
        }

        var asOf = asOfOption ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var validator = options == TrygghetValidatorOptions.Default ? TrygghetValidator.Default : new TrygghetValidator(options);
        var report = validator.Validate(read.Value, asOf);
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
