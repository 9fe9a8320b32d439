using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Samples.Console;

/// <summary>Writes the console's JSON: findings as {ruleId, severity, message, messageEn, basis, path}.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter stdout, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(writer);
        }

        stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void Findings(Utf8JsonWriter writer, IEnumerable<ValidationFinding> findings, IReadOnlyList<FindingTrace>? traces = null)
    {
        writer.WriteStartArray("findings");
        foreach (var (finding, i) in findings.Select((f, i) => (f, i)))
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("severity", Severity(finding.Severity));
            writer.WriteString("message", finding.Message.Swedish);
            writer.WriteString("messageEn", finding.Message.English);
            writer.WriteString("basisKind", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(finding.BasisKind.ToString()));
            writer.WriteString("basis", finding.Basis.Swedish);
            writer.WriteString("path", finding.Path);
            if (traces is not null)
            {
                Trace(writer, traces[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes "trace": the rule version (its basis and in-force period), the evaluation date, the facts and the message values.</summary>
    private static void Trace(Utf8JsonWriter writer, FindingTrace trace)
    {
        writer.WriteStartObject("trace");
        writer.WriteString("evaluationDate", ConsoleApp.Date(trace.EvaluationDate));
        writer.WriteString("basis", trace.Basis.Citation.Swedish);
        writer.WriteString("basisEn", trace.Basis.Citation.English);
        Date(writer, "inForceFrom", trace.Basis.InForceFrom == DateOnly.MinValue ? null : trace.Basis.InForceFrom);
        Date(writer, "inForceTo", trace.Basis.InForceTo);
        writer.WriteStartArray("facts");
        foreach (var fact in trace.Facts)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", fact.Kind);
            if (fact.Path is { } path)
            {
                writer.WriteString("path", path);
            }
            else
            {
                writer.WriteNull("path");
            }

            writer.WriteBoolean("derived", fact.IsDerived);
            writer.WriteString("values", fact.Values);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("arguments");
        foreach (var (name, value) in trace.Arguments)
        {
            writer.WriteString(name, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static void Date(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, ConsoleApp.Date(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static string Severity(Severity severity) => severity switch
    {
        Domain.Rules.Severity.Error => "error",
        Domain.Rules.Severity.Warning => "warning",
        _ => "info",
    };
}
