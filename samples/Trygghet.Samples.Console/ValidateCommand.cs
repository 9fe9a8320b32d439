using System.CommandLine;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary><c>validate FILE|- [--as-of DATE] [--explain]</c>: validates a JSON document from a file or standard input.</summary>
internal static class ValidateCommand
{
    public static int Run(Cli cli, ParseResult parsed, Invocation context)
    {
        var files = parsed.GetValue(cli.Files) ?? [];
        if (files.Length != 1)
        {
            return context.Fail(context.T("'validate' behöver precis en FILE (eller - för standard in)", "'validate' needs exactly one FILE (or - for standard input)"));
        }

        if (Read(files[0], context) is not { } document)
        {
            return ConsoleApp.BadInput;
        }

        var asOf = parsed.GetValue(cli.AsOf) ?? context.Today;
        var report = TrygghetValidator.Default.Validate(document, asOf);
        if (parsed.GetValue(cli.Json))
        {
            JsonOutput.Write(context.Out, w =>
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
            context.Out.Write(report.Render(context.Culture));
        }

        return report.IsCompliant ? ConsoleApp.Ok : ConsoleApp.Findings;
    }

    /// <summary>
    /// Reads one document from a file, or from standard input for "-"; on failure writes the one-line reason (naming
    /// the file and, for bad JSON, the JSON path) and returns null.
    /// </summary>
    public static IDocument? Read(string path, Invocation context)
    {
        JsonReadResult<IDocument> read;
        if (path == "-")
        {
            read = TrygghetJson.Deserialize(context.In.ReadToEnd());
        }
        else if (Directory.Exists(path))
        {
            context.Fail(context.T($"{path} är en katalog; ange en JSON-fil", $"{path} is a directory; give a JSON file"));
            return null;
        }
        else if (!File.Exists(path))
        {
            context.Fail(context.T($"{path} finns inte", $"cannot read {path}: no such file"));
            return null;
        }
        else
        {
            read = TrygghetJson.DeserializeFile(path);
        }

        if (!read.IsSuccess)
        {
            var name = path == "-" ? context.T("standard in", "standard input") : path;
            context.Fail($"{name}: {read.Error.Render(context.Culture)}".ReplaceLineEndings(" "));
            return null;
        }

        return read.Value;
    }
}
