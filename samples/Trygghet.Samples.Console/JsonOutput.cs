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

    public static void Findings(Utf8JsonWriter writer, IEnumerable<ValidationFinding> findings)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("severity", Severity(finding.Severity));
            writer.WriteString("message", finding.Message.Swedish);
            writer.WriteString("messageEn", finding.Message.English);
            writer.WriteString("basisKind", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(finding.BasisKind.ToString()));
            writer.WriteString("basis", finding.Basis.Swedish);
            writer.WriteString("path", finding.Path);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
