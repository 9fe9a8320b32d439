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
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, ReportInfo);
    }

    /// <summary>Läser en rapport (reads a report written by <see cref="ToJson"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a report written by <see cref="ToJson"/>.</exception>
    public static ValidationReport FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, ReportInfo) ?? throw new JsonException("The JSON text holds null, not a report.");
    }
}
