using System.CommandLine;
using Spectre.Console;
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
        var validator = Engines.Validator(parsed.GetValue(cli.Engine));
        var report = validator.Validate(document, asOf);
        var traces = parsed.GetValue(cli.Explain) ? validator.Explain(document, asOf) : (EquatableArray<FindingTrace>?)null;
        if (parsed.GetValue(cli.Json))
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("kind", TrygghetJson.KindName(report.DocumentKind));
                w.WriteString("title", report.Title);
                w.WriteString("asOf", ConsoleApp.Date(report.AsOf));
                w.WriteBoolean("isCompliant", report.IsCompliant);
                JsonOutput.Findings(w, report.Findings, traces);
                w.WriteEndObject();
            });
        }
        else
        {
            if (context.Terminal is { } terminal)
            {
                terminal.WriteLine(report.Summary(context.Culture));
                RichText.Findings(terminal, report.Findings, context.Culture);
            }
            else
            {
                context.Out.Write(report.Render(context.Culture));
            }

            if (traces is { } explained)
            {
                Explain(context, explained);
            }
        }

        return report.IsCompliant ? ConsoleApp.Ok : ConsoleApp.Findings;
    }

    /// <summary>Writes each finding's trace: the rule version chosen for the date, the facts it matched and their paths.</summary>
    private static void Explain(Invocation c, EquatableArray<FindingTrace> traces)
    {
        var o = c.Out;
        o.WriteLine();
        o.WriteLine(c.T("Spår:", "Trace:"));
        foreach (var trace in traces)
        {
            var basis = trace.Basis;
            var from = basis.InForceFrom == DateOnly.MinValue ? c.T("utan tidsgräns", "no start") : ConsoleApp.Date(basis.InForceFrom);
            var to = basis.InForceTo is { } end ? ConsoleApp.Date(end) : c.T("tills vidare", "until further notice");
            HumanText.Wrapped(o, $"{trace.Finding.RuleId}{(trace.Finding.Path.Length == 0 ? string.Empty : " @ " + trace.Finding.Path)}", "  - ", "    ");
            HumanText.Wrapped(o, c.T("Regel: ", "Rule: ") + trace.Finding.RuleName.Get(c.Culture), "    ", "      ");
            HumanText.Wrapped(o, c.T($"Grund: {basis.Citation.Swedish}, version i kraft {from} till {to}, vald för {ConsoleApp.Date(trace.EvaluationDate)}",
                $"Basis: {basis.Citation.English}, version in force {from} to {to}, chosen for {ConsoleApp.Date(trace.EvaluationDate)}"), "    ", "      ");
            foreach (var fact in trace.Facts)
            {
                var kind = fact.IsDerived ? c.T($"{fact.Kind} (härlett)", $"{fact.Kind} (derived)") : fact.Kind;
                HumanText.Wrapped(o, $"{c.T("Faktum", "Fact")} {kind}{(fact.Path is { } p ? " @ " + p : string.Empty)}: {fact.Values}", "    ", "      ");
            }

            if (trace.Arguments.Count > 0)
            {
                HumanText.Wrapped(o, c.T("Värden: ", "Values: ") + string.Join(", ", trace.Arguments.Select(a => $"{a.Key} = {a.Value}")), "    ", "      ");
            }
        }
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

        return read.Match<IDocument?>(
            document => document,
            error =>
            {
                var name = path == "-" ? context.T("standard in", "standard input") : path;
                context.Fail($"{name}: {error.Render(context.Culture)}".ReplaceLineEndings(" "));
                return null;
            });
    }
}
