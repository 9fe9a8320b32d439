using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// Rapport som JSON (a validation report as JSON): camelCase names, dates yyyy-MM-dd, severities as "error",
/// "warning", "info", documents' kinds as in <see cref="TrygghetJson.KindName"/>.
/// </summary>
public static class ValidationReportJson
{
    private static JsonTypeInfo<ValidationReport> ReportInfo =>
        (JsonTypeInfo<ValidationReport>)TrygghetJson.SerializerOptions.GetTypeInfo(typeof(ValidationReport));

    /// <summary>Rapporten som JSON (the report as JSON text).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(this ValidationReport report)
    {
        Guard.Against.Null(report);
        return JsonSerializer.Serialize(report, ReportInfo);
    }

    /// <summary>
    /// Läser en rapport (reads a report written by <see cref="ToJson"/>), returning an error with its JSON path
    /// when the text is not such a report; never throws on bad text.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report, or an error naming the JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonReadResult<ValidationReport> TryParse(string json)
    {
        Guard.Against.Null(json);
        return TrygghetJson.Read(Encoding.UTF8.GetBytes(json), ReportInfo, TrygghetLimits.MaxJsonDepth);
    }

    /// <summary>Läser en rapport (reads a report written by <see cref="ToJson"/>), throwing when the text is not one.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a report; the message names the JSON path and what is wrong.</exception>
    public static ValidationReport Parse(string json) => TryParse(json).Match(
        report => report,
        error => throw DomainGuards.Localized(
            new FormatException(error.Path is null ? error.Message.English : $"{error.Path}: {error.Message.English}"),
            error.Render(null)));
}
